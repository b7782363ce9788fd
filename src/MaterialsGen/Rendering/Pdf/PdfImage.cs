using System.Runtime.CompilerServices;
using MaterialsGen.Layout.Images;
using SkiaSharp;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// Images as PDF XObjects: JPEG files as they are, other rasters as RGB images (with a soft mask when
/// they have transparency), SVG as form XObjects of path operators. Each source is encoded once per process and reused by every
/// document that shows it (a logo on three hundred handouts is compressed once).
/// </summary>
internal static class PdfImage
{
    /// <summary>Long side, in pixels, of the picture embedded when an SVG uses something the vector path cannot draw.</summary>
    private const int FallbackPixels = 1024;

    private static readonly ConditionalWeakTable<ImageSource, Encoded> Cache = [];

    /// <summary>Whether the image is drawn as a form in the picture's own coordinates rather than an image in the unit square.</summary>
    public static bool IsForm(ImageSource image) => Cache.GetValue(image, Encode).IsForm;

    public static void Write(PdfFile file, int number, ImageSource image)
    {
        var encoded = Cache.GetValue(image, Encode);
        var dictionary = encoded.Dictionary;
        if (encoded.Mask is { } mask)
        {
            var maskObject = file.Reserve();
            file.CompressedStream(maskObject, mask.Dictionary, mask.Data);
            dictionary += " /SMask " + maskObject.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 0 R";
        }

        if (encoded.Jpeg)
        {
            file.Stream(number, dictionary, encoded.Data, compress: false);
            return;
        }

        file.CompressedStream(number, dictionary, encoded.Data);
    }

    private static Encoded Encode(ImageSource image)
    {
        if (image.VectorModel is { } model && image.Vector is { } picture && PdfVectorForm.TryConvert(model) is { } form)
        {
            var cull = picture.CullRect;
            var box = new PdfBuffer(64).Raw("[").Num(cull.Left).Num(cull.Top).Num(cull.Right).Number(cull.Bottom).Raw("]");
            var dictionary = "/Type /XObject /Subtype /Form /BBox " + System.Text.Encoding.ASCII.GetString(box.Span) + " /Resources <<" + form.Resources + ">>";
            return new Encoded(dictionary, PdfFile.Deflate(form.Content.Span), null) { IsForm = true };
        }

        if (image.Raster is { } raster && image.Jpeg is { } jpeg)
        {
            var colors = ImageDecoder.JpegComponents(jpeg) == 1 ? "/DeviceGray" : "/DeviceRGB";
            var size = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Width {raster.Width} /Height {raster.Height}");
            return new Encoded("/Type /XObject /Subtype /Image " + size + " /BitsPerComponent 8 /ColorSpace " + colors + " /Filter /DCTDecode", jpeg, null) { Jpeg = true };
        }

        if (image.Raster is { } pixels)
        {
            return EncodeRaster(pixels);
        }

        // A drawing the vector path cannot express becomes a fine raster rather than a missing picture.
        var vector = image.Vector ?? throw new InvalidOperationException($"{image.Name} has neither pixels nor a drawing");
        var scale = FallbackPixels / Math.Max(vector.CullRect.Width, vector.CullRect.Height);
        var width = Math.Max(1, (int)MathF.Round(vector.CullRect.Width * scale));
        var height = Math.Max(1, (int)MathF.Round(vector.CullRect.Height * scale));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot rasterise {image.Name}");
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(width / vector.CullRect.Width, height / vector.CullRect.Height);
        surface.Canvas.Translate(-vector.CullRect.Left, -vector.CullRect.Top);
        surface.Canvas.DrawPicture(vector);
        using var snapshot = surface.Snapshot();
        return EncodeRaster(snapshot);
    }

    private static Encoded EncodeRaster(SKImage raster)
    {
        var (width, height) = (raster.Width, raster.Height);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var pixmap = bitmap.PeekPixels();
        if (!raster.ReadPixels(pixmap))
        {
            throw new InvalidOperationException("cannot read the image's pixels");
        }

        var pixels = pixmap.GetPixelSpan();

        var rgb = new byte[width * height * 3];
        var alpha = new byte[width * height];
        var opaque = true;
        for (int p = 0, q = 0, a = 0; p < pixels.Length; p += 4, q += 3, a++)
        {
            rgb[q] = pixels[p];
            rgb[q + 1] = pixels[p + 1];
            rgb[q + 2] = pixels[p + 2];
            alpha[a] = pixels[p + 3];
            opaque &= pixels[p + 3] == 255;
        }

        var size = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Width {width} /Height {height} /BitsPerComponent 8");
        var mask = opaque ? null : new Encoded("/Type /XObject /Subtype /Image " + size + " /ColorSpace /DeviceGray", PdfFile.Deflate(alpha), null);
        return new Encoded("/Type /XObject /Subtype /Image " + size + " /ColorSpace /DeviceRGB", PdfFile.Deflate(rgb), mask);
    }

    /// <param name="Data">The stream's bytes: zlib-compressed, or the JPEG file itself when <see cref="Jpeg"/>.</param>
    private sealed record Encoded(string Dictionary, byte[] Data, Encoded? Mask)
    {
        public bool Jpeg { get; init; }

        /// <summary>A form drawn in the picture's own coordinates, rather than an image filling the unit square.</summary>
        public bool IsForm { get; init; }
    }
}
