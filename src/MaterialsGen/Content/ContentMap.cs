using System.Collections.ObjectModel;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>Fields in the order they were written; authors expect output to follow their order.</summary>
internal sealed class ContentMap : ContentNode
{
    private readonly Dictionary<string, ContentEntry> _byKey;

    /// <param name="entries">Entries with distinct keys; the reader reports duplicates before building the map.</param>
    public ContentMap(IReadOnlyList<ContentEntry> entries, SourceSpan span)
        : base(span)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        _byKey = new Dictionary<string, ContentEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byKey.TryAdd(entry.Key.Value, entry);
        }
    }

    public IReadOnlyList<ContentEntry> Entries { get; }

    public IEnumerable<string> Keys => Entries.Select(e => e.Key.Value);

    public int Count => Entries.Count;

    public ContentNode? this[string key] => _byKey.TryGetValue(key, out var entry) ? entry.Value : null;

    public bool TryGetEntry(string key, out ContentEntry entry) => _byKey.TryGetValue(key, out entry!);

    /// <summary>The text of a scalar field, or null when the field is absent, empty or not text.</summary>
    public string? GetText(string key) => this[key] is ContentScalar { IsNull: false } scalar ? scalar.Value : null;

    public override string Describe() => "a map of fields";

    public override object? ToPlainObject() => new ReadOnlyDictionary<string, object?>(PlainEntries());

    /// <summary>
    /// The map as the root of a plain tree (a content file or a record): like <see cref="ToPlainObject"/>,
    /// and it knows where each of its text values stands in the file.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToPlainDictionary() => new ContentValues(PlainEntries(), this);

    private OrderedDictionary<string, object?> PlainEntries()
    {
        var result = new OrderedDictionary<string, object?>(Entries.Count, StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            result.TryAdd(entry.Key.Value, entry.Value.ToPlainObject());
        }

        return result;
    }
}
