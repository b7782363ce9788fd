using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>
/// One node of a content file. Every node keeps where it came from, so any later stage (templates,
/// layout, font coverage) can point a user at the exact line and column of the text at fault.
/// </summary>
internal abstract class ContentNode
{
    protected ContentNode(SourceSpan span)
    {
        Span = span;
    }

    public SourceSpan Span { get; }

    /// <summary>How the node is named in messages: "a text value", "a map of fields", "a list of items".</summary>
    public abstract string Describe();

    /// <summary>
    /// The node as plain .NET values for the template layer: maps become ordered read-only
    /// dictionaries, lists read-only lists, scalars strings (null for an explicit YAML null).
    /// </summary>
    public abstract object? ToPlainObject();

    /// <summary>Every text value in this subtree (map keys excluded), in document order.</summary>
    public IEnumerable<ContentScalar> Scalars() => this switch
    {
        ContentScalar scalar => [scalar],
        ContentMap map => map.Entries.SelectMany(e => e.Value.Scalars()),
        ContentList list => list.Items.SelectMany(i => i.Scalars()),
        _ => [],
    };
}
