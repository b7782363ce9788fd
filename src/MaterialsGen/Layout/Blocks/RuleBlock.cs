using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>A horizontal line across the given width (or a fixed length).</summary>
internal sealed record RuleBlock(float Thickness, Color Color, float? Length) : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        if (Thickness > height + 0.01f)
        {
            return BlockResult.Wrap(string.Create(CultureInfo.InvariantCulture, $"rule needs {Thickness:0.#} pt"), Source);
        }

        var length = Math.Min(Length ?? width, width);
        var y = Thickness / 2;
        return BlockResult.Full(new Frame(new Size(length, Thickness), [new LineItem(new Point(0, y), new Point(length, y), Color, Thickness) { SourceOffset = SourceOffset }]));
    }

    public override float MinWidth(LayoutContext context) => Length ?? 0;

    public override float MaxWidth(LayoutContext context) => Length ?? 0;
}
