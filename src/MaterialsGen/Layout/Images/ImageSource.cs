using MaterialsGen.Layout.Geometry;
using SkiaSharp;

namespace MaterialsGen.Layout.Images;

/// <summary>
/// A decoded picture ready to draw: a raster image or a vector recording (SVG), never both. Both Skia
/// objects are immutable, so one source is shared by every output built in parallel.
/// </summary>
public sealed class ImageSource : IDisposable
{
    private ImageSource(SKImage? raster, SKPicture? vector, Size naturalSize, string name)
    {
        Raster = raster;
        Vector = vector;
        NaturalSize = naturalSize;
        Name = name;
    }

    public SKImage? Raster { get; }

    public SKPicture? Vector { get; }

    /// <summary>The size in points when nothing else is asked for: SVG viewport, or pixels at 72 dpi.</summary>
    public Size NaturalSize { get; }

    /// <summary>The project-relative path, for messages.</summary>
    public string Name { get; }

    public bool IsVector => Vector is not null;

    public static ImageSource FromRaster(SKImage image, string name) => new(image, null, new Size(image.Width, image.Height), name);

    public static ImageSource FromPicture(SKPicture picture, string name) =>
        new(null, picture, new Size(picture.CullRect.Width, picture.CullRect.Height), name);

    public void Dispose()
    {
        Raster?.Dispose();
        Vector?.Dispose();
    }
}
