using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// Blocks drawn on top of each other in one area, as QuestPDF's Layers: the first (primary) layer
/// decides the size; the others are laid out in that same box, later ones on top — a watermark, a
/// badge in a corner, a label over a picture. Layers do not split across pages.
/// </summary>
internal sealed record LayersBlock(ImmutableArray<Block> Layers) : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        if (Layers.IsEmpty)
        {
            return BlockResult.Full(Frame.Empty);
        }

        var primary = Layers[0].Layout(context, width, height);
        if (primary.Plan != SpacePlan.Full)
        {
            return primary.Plan == SpacePlan.Wrap ? primary : BlockResult.Wrap("layers do not split across pages and the primary layer is too tall", Layers[0].Source.IsNone ? Source : Layers[0].Source);
        }

        var size = primary.Frame.Size with { Width = width };
        var builder = new FrameBuilder();
        builder.Place(primary.Frame, StackBlock.Offset(Layers[0].Align, width, primary.Frame.Size.Width), 0, Layers[0].Tag);
        foreach (var layer in Layers.Skip(1))
        {
            var result = layer.StretchTo(size.Height).Layout(context, width, size.Height);
            if (result.Plan != SpacePlan.Full)
            {
                return BlockResult.Wrap("a layer is taller than the primary layer it is drawn over", layer.Source.IsNone ? Source : layer.Source);
            }

            builder.Place(result.Frame, StackBlock.Offset(layer.Align, width, result.Frame.Size.Width), 0, layer.Tag);
        }

        return BlockResult.Full(builder.Build(size));
    }

    internal override IEnumerable<Block> ChildBlocks() => Layers;

    public override float MinWidth(LayoutContext context) => Layers.Select(l => l.MinWidth(context)).DefaultIfEmpty(0).Max();

    public override float MaxWidth(LayoutContext context) => Layers.Select(l => l.MaxWidth(context)).DefaultIfEmpty(0).Max();
}
