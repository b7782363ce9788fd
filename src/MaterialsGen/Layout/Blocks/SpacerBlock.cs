using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>Empty vertical room; at a page break it is dropped rather than carried over.</summary>
internal sealed record SpacerBlock(float Height) : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height) =>
        BlockResult.Full(new Frame(new Size(width, Math.Min(Height, Math.Max(0, height))), []));

    public override float MinWidth(LayoutContext context) => 0;

    public override float MaxWidth(LayoutContext context) => 0;
}
