using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>Empty vertical room; at a page break it is dropped rather than carried over.</summary>
internal sealed record SpacerBlock(float Height) : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height) =>
        BlockResult.Full(new Frame(new Size(width, Math.Min(Height, Math.Max(0, height))), []));

    /// <summary>A growing spacer is flexible room: it pushes what follows down (a footer to the bottom).</summary>
    public override Block StretchTo(float height) => height > Height ? this with { Height = height } : this;

    public override float MinWidth(LayoutContext context) => 0;

    public override float MaxWidth(LayoutContext context) => 0;
}
