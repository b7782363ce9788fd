using MaterialsGen.Layout.Geometry;
using SkiaSharp;

namespace MaterialsGen.Layout.Images;

/// <summary>
/// A decoded picture ready to draw: a raster image or a vector recording (SVG), never both. Both Skia
/// objects are immutable, so one source is shared by every output built in parallel.
/// </summary>
internal sealed class ImageSource : IDisposable
{
    private ImageSource(SKImage? raster, SKPicture? vector, ShimSkiaSharp.SKPicture? model, Size naturalSize, string name, byte[]? jpeg = null, byte[]? file = null)
    {
        Jpeg = jpeg;
        File = file;
        Raster = raster;
        Vector = vector;
        VectorModel = model;
        NaturalSize = naturalSize;
        Name = name;
    }

    public SKImage? Raster { get; }

    public SKPicture? Vector { get; }

    /// <summary>
    /// The file itself when the picture is a JPEG a PDF can carry unchanged (grey or RGB): a photo keeps
    /// its size and quality instead of being stored again as lossless pixels.
    /// </summary>
    public byte[]? Jpeg { get; }

    /// <summary>
    /// The file's bytes when a document format can embed them as they are: a PNG, or an SVG (after
    /// tinting); null for formats it cannot (WebP), which are embedded as pixels instead.
    /// </summary>
    public byte[]? File { get; }

    /// <summary>
    /// The SVG's drawing commands as Svg.Skia parsed them (paths, paints, clips, transforms): what the
    /// PDF writer turns into PDF path operators, since a recorded Skia picture cannot be read back.
    /// </summary>
    public ShimSkiaSharp.SKPicture? VectorModel { get; }

    /// <summary>The size in points when nothing else is asked for: SVG viewport, or pixels at 72 dpi.</summary>
    public Size NaturalSize { get; }

    /// <summary>The project-relative path, for messages.</summary>
    public string Name { get; }

    public bool IsVector => Vector is not null;

    public static ImageSource FromRaster(SKImage image, string name, byte[]? jpeg = null, byte[]? png = null) =>
        new(image, null, null, new Size(image.Width, image.Height), name, jpeg, png);

    public static ImageSource FromPicture(SKPicture picture, ShimSkiaSharp.SKPicture? model, string name, byte[]? svg = null) =>
        new(null, picture, model, new Size(picture.CullRect.Width, picture.CullRect.Height), name, file: svg);

    public void Dispose()
    {
        Raster?.Dispose();
        Vector?.Dispose();
    }
}
