using MaterialsGen.Layout.Paging;
using SkiaSharp;

namespace MaterialsGen.Rendering;

/// <summary>Draws one page to an image of an exact pixel size and encodes it.</summary>
internal static class RasterWriter
{
    /// <summary>Renders <paramref name="page"/> scaled to <paramref name="pixelWidth"/> × <paramref name="pixelHeight"/>.</summary>
    public static SKImage Render(PageFrame page, int pixelWidth, int pixelHeight)
    {
        var info = new SKImageInfo(pixelWidth, pixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"cannot create a {pixelWidth}×{pixelHeight} surface");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(pixelWidth / page.Size.Width, pixelHeight / page.Size.Height);
        FramePainter.Paint(canvas, page.Frame);
        canvas.Flush();
        return surface.Snapshot();
    }

    /// <param name="metadata">For PNG: title, author, description, source and time written into the file.</param>
    public static void Write(PageFrame page, int pixelWidth, int pixelHeight, RasterFormat format, Stream output, PngMetadata? metadata = null)
    {
        using var image = Render(page, pixelWidth, pixelHeight);
        using var pixels = image.PeekPixels();
        if (format == RasterFormat.Png)
        {
            PngEncoder.Write(pixels, output, metadata);
            return;
        }

        using var data = format switch
        {
            RasterFormat.Jpeg => pixels.Encode(new SKJpegEncoderOptions(92, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            _ => pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 90)),
        } ?? throw new InvalidOperationException($"Skia could not encode a {pixelWidth}×{pixelHeight} {format}");
        data.SaveTo(output);
    }
}
