using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// A picture in a box of a given or natural size; never split, so it moves to the next page whole
/// (or becomes a located error on a canvas) when taller than the room.
/// </summary>
internal sealed record ImageBlock(ImageSource Image, float? Width, float? Height, ImageFit Fit) : Block
{
    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var box = ImageFitting.BoxSize(Image.NaturalSize, Width, Height, width);
        if (box.Height > height + 0.01f)
        {
            return BlockResult.Wrap(
                string.Create(CultureInfo.InvariantCulture, $"image '{Image.Name}' of {box.Height:0.#} pt does not fit in {Math.Max(0, height):0.#} pt"),
                Source);
        }

        return BlockResult.Full(new Frame(box, [new ImageItem(new Rect(0, 0, box.Width, box.Height), Image, Fit) { SourceOffset = SourceOffset }]));
    }

    public override float MinWidth(LayoutContext context) => MaxWidth(context);

    public override float MaxWidth(LayoutContext context) => ImageFitting.BoxSize(Image.NaturalSize, Width, Height, float.MaxValue).Width;
}
