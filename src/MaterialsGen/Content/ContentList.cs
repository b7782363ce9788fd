using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>A sequence of nodes, order kept.</summary>
internal sealed class ContentList : ContentNode
{
    public ContentList(IReadOnlyList<ContentNode> items, SourceSpan span)
        : base(span)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    public IReadOnlyList<ContentNode> Items { get; }

    public int Count => Items.Count;

    public override string Describe() => "a list of items";

    public override object? ToPlainObject() => Items.Select(i => i.ToPlainObject()).ToArray().AsReadOnly();
}
