using MaterialsGen.Templating;

namespace MaterialsGen.Build;

/// <summary>One file to write: an entry of the manifest in one format and size, for one record if any.</summary>
internal sealed record OutputJob(
    string Name,
    ManifestEntry Entry,
    OutputFormat Format,
    string? Size,
    IReadOnlyDictionary<string, object?>? Record,
    string RelativePath)
{
    /// <summary>The build timestamp: written into documents, and what the template's <c>date.now</c> reads.</summary>
    public DateTime Timestamp { get; init; } = BuildTimestamp.Default;

    /// <summary>Every field name of the record set the record comes from; null means the record's own keys.</summary>
    public IReadOnlyCollection<string>? RecordFields { get; init; }

    /// <summary>The record as templates see it: unknown field names are errors, not empty text.</summary>
    public RecordValues TemplateRecord => Record is null
        ? RecordValues.None
        : new RecordValues(Record, RecordFields ?? [.. Record.Keys]);
}
