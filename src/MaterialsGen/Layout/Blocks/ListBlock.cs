using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// A numbered or bulleted list. Markers are ready-made blocks (the markup layer spells "1.", "a)",
/// "IV.", "Một là," or a bullet); the indent defaults to the widest marker so text hangs evenly.
/// </summary>
internal sealed record ListBlock(ImmutableArray<(Block? Marker, Block Content)> Items, float Gap, float? Indent, float MarkerGap) : Block
{
    // One structure element per item, made once: every layout of the list (and the rest of it on the
    // next page) must name the same items.
    private readonly StructureTag[] _itemTags = [.. Items.Select(_ => StructureTag.Of(StructureRole.LI))];

    /// <summary>The height the list fills once stretched, shared among items that grow.</summary>
    public float MinHeight { get; init; }

    internal override bool DistributesHeight => Items.Any(i => i.Content.Grow > 0);

    public override Block StretchTo(float height) => DistributesHeight && height > MinHeight ? this with { MinHeight = height } : this;

    internal override IEnumerable<Block> ChildBlocks() => Items.SelectMany(i => i.Marker is null ? [i.Content] : new[] { i.Marker, i.Content });

    /// <summary>What the markers count in; the layout draws <see cref="Items"/>' markers, editable formats number with this.</summary>
    public ListNumbering Numbering { get; init; } = ListNumbering.Bullets;

    public override BlockResult Layout(LayoutContext context, float width, float height) =>
        AsStack(context).Layout(context, width, height);

    public override float MinWidth(LayoutContext context) => AsStack(context).MinWidth(context);

    public override float MaxWidth(LayoutContext context) => AsStack(context).MaxWidth(context);

    private StackBlock AsStack(LayoutContext context)
    {
        var indent = Indent ?? (Items.IsEmpty ? 0 : Items.Max(i => i.Marker?.MaxWidth(context) ?? 0) + MarkerGap);
        var tagged = Tag is not null;
        var children = Items.Select((i, n) => (Block)new ListItemBlock(i.Marker, i.Content, indent, MarkerGap) { Grow = i.Content.Grow, Tag = tagged ? _itemTags[n] : null }).ToImmutableArray();

        // The part left for the next page is this stack: it names the list's element too.
        return new StackBlock(children, Gap) { Source = Source, MinHeight = MinHeight, Tag = Tag };
    }
}
