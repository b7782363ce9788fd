using System.Collections.ObjectModel;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>
/// The plain value tree of a content file or record, as templates read it, with the file position of
/// every text value in it. Values stay plain strings so every Scriban filter works on them; a string is
/// found again by reference when a template prints it, which tells an unchanged content value (same
/// instance) from one a template computed (a new string).
/// </summary>
internal sealed class ContentValues : ReadOnlyDictionary<string, object?>
{
    public ContentValues(IDictionary<string, object?> values, ContentNode node)
        : base(values)
    {
        var origins = new Dictionary<object, TextPositions>(ReferenceEqualityComparer.Instance);
        foreach (var scalar in node.Scalars())
        {
            if (scalar is { IsNull: false, Positions: { } positions, Value.Length: > 0 })
            {
                origins.TryAdd(scalar.Value, positions);
            }
        }

        Origins = origins;
    }

    /// <summary>Positions of the text values in this tree, by string instance.</summary>
    public IReadOnlyDictionary<object, TextPositions> Origins { get; }
}
