using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Layout.Blocks;

/// <summary>Ends the page: whatever follows in the flow starts on the next one.</summary>
internal sealed record PageBreakBlock : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height) =>
        BlockResult.Full(Frame.Empty) with { BreakAfter = true };

    public override float MinWidth(LayoutContext context) => 0;

    public override float MaxWidth(LayoutContext context) => 0;
}
