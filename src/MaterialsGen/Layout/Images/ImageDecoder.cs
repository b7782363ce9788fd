using System.Globalization;
using SkiaSharp;
using Svg.Skia;

namespace MaterialsGen.Layout.Images;

/// <summary>Turns file bytes into an <see cref="ImageSource"/>: SVG as a vector recording, the rest through SKCodec.</summary>
internal static class ImageDecoder
{
    /// <summary>The decoded image, or null with <paramref name="problem"/> saying why (for a diagnostic).</summary>
    public static ImageSource? Decode(byte[] bytes, string name, out string? problem)
    {
        problem = null;
        var isSvg = name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase);
        if (isSvg && SvgPolicy.Check(bytes) is { } refused)
        {
            problem = refused;
            return null;
        }

        var image = isSvg ? DecodeSvg(bytes, name) : DecodeRaster(bytes, name, ref problem);
        if (image is null)
        {
            problem ??= "cannot be decoded; use PNG, JPEG, WebP or SVG";
        }

        return image;
    }

    private static ImageSource? DecodeRaster(byte[] bytes, string name, ref string? problem)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        if ((long)codec.Info.Width * codec.Info.Height > SafetyLimits.ImagePixels)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"is {codec.Info.Width}×{codec.Info.Height} pixels, more than the limit of {SafetyLimits.ImagePixels:N0}");
            return null;
        }

        // Decoded now rather than lazily, so drawing from several threads never decodes twice. A file cut
        // short decodes to a picture with its lower part grey: refused rather than printed that way.
        // The same pixel format SKBitmap.Decode(codec) picks, which does not report a cut-short file.
        var info = codec.Info;
        info.AlphaType = info.AlphaType == SKAlphaType.Unpremul ? SKAlphaType.Premul : info.AlphaType;
        info.ColorSpace = null;
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.IncompleteInput or SKCodecResult.ErrorInInput)
        {
            problem = "is damaged or cut short: the picture ends before its last row; save or export it again";
            return null;
        }

        if (result != SKCodecResult.Success)
        {
            return null;
        }

        bitmap.SetImmutable();
        var image = SKImage.FromBitmap(bitmap);

        // A JPEG goes into PDFs (and Word files) as it is, but without its metadata (EXIF can hold where a
        // photo was taken); a PNG's bytes are kept for Word files.
        var jpeg = codec.EncodedFormat == SKEncodedImageFormat.Jpeg && JpegComponents(bytes) is 1 or 3 ? JpegMetadata.Strip(bytes) : null;
        var png = codec.EncodedFormat == SKEncodedImageFormat.Png ? bytes : null;
        return image is null ? null : ImageSource.FromRaster(image, name, jpeg, png);
    }

    /// <summary>The number of colour components in a JPEG's frame header (1 grey, 3 YCbCr, 4 CMYK), or 0 if none is found.</summary>
    internal static int JpegComponents(ReadOnlySpan<byte> jpeg)
    {
        var at = 2;
        while (at + 9 < jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            // Start-of-frame markers: C0–CF except C4 (Huffman tables), C8 (reserved) and CC (arithmetic tables).
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return jpeg[at + 9];
            }

            at += 2 + length;
        }

        return 0;
    }

    private static ImageSource? DecodeSvg(byte[] bytes, string name)
    {
        try
        {
            using var svg = new SKSvg();
            using var stream = new MemoryStream(bytes, writable: false);
            if (svg.Load(stream) is not { } picture || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
            {
                return null;
            }

            // Re-recorded so the picture outlives the SKSvg that owns the original.
            using var recorder = new SKPictureRecorder();
            var canvas = recorder.BeginRecording(picture.CullRect);
            canvas.DrawPicture(picture);
            return ImageSource.FromPicture(recorder.EndRecording(), svg.Model, name, bytes);
        }
#pragma warning disable CA1031 // Svg.Skia throws many exception types on malformed SVG; any of them means "undecodable".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
