using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// One list item: a marker hanging in the indent and the content beside it. When the content splits
/// across pages the marker stays with the first part.
/// </summary>
internal sealed record ListItemBlock(Block? Marker, Block Content, float Indent, float MarkerGap) : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var contentWidth = Math.Max(0, width - Indent);
        var result = Content.Layout(context, contentWidth, height);
        if (result.Plan == SpacePlan.Wrap)
        {
            return result;
        }

        var builder = new FrameBuilder();
        var markerHeight = 0f;
        if (Marker is not null)
        {
            var marker = Marker.Layout(context, Math.Max(0, Indent - MarkerGap), height);
            builder.Place(marker.Frame, 0, 0, Marker.Tag);
            markerHeight = marker.Frame.Size.Height;
        }

        builder.Place(result.Frame, Indent, 0, Content.Tag);
        var frame = builder.Build(new Size(width, Math.Max(markerHeight, result.Frame.Size.Height)));
        return result.Plan == SpacePlan.Partial && result.Rest is not null
            ? BlockResult.Partial(frame, this with { Marker = null, Content = result.Rest, SpaceBefore = 0 })
            : BlockResult.Full(frame);
    }

    public override Block StretchTo(float height) => Content.StretchTo(height) is var stretched && !ReferenceEquals(stretched, Content) ? this with { Content = stretched } : this;

    internal override IEnumerable<Block> ChildBlocks() => Marker is null ? [Content] : [Marker, Content];

    public override float MinWidth(LayoutContext context) => Indent + Content.MinWidth(context);

    public override float MaxWidth(LayoutContext context) => Indent + Content.MaxWidth(context);
}
