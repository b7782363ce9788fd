using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// A QR code drawn as vector rectangles (one per run of dark modules) on a background square, so it
/// stays sharp in the PDF at any zoom; in raster output the squares snap to pixels so no seams show
/// between them. The size is capped at the available width.
/// </summary>
internal sealed record QrBlock(QrCode Code, float Size, Color Color, Color Background) : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var size = Math.Min(Size, width);
        if (size > height + 0.01f)
        {
            return BlockResult.Wrap(string.Create(CultureInfo.InvariantCulture, $"QR code of {size:0.#} pt does not fit in {Math.Max(0, height):0.#} pt"), Source);
        }

        var module = size / Code.Modules;
        var items = ImmutableArray.CreateBuilder<FrameItem>(Code.Runs.Length + 1);
        items.Add(new RectItem(new Rect(0, 0, size, size), Paint.Solid(Background), Border.None, 0) { Crisp = true, SourceOffset = SourceOffset });
        var fill = Paint.Solid(Color);
        foreach (var run in Code.Runs)
        {
            items.Add(new RectItem(new Rect(run.Column * module, run.Row * module, run.Length * module, module), fill, Border.None, 0) { Crisp = true, SourceOffset = SourceOffset });
        }

        return BlockResult.Full(new Frame(new Size(size, size), items.MoveToImmutable()));
    }

    public override float MinWidth(LayoutContext context) => Size;

    public override float MaxWidth(LayoutContext context) => Size;
}
