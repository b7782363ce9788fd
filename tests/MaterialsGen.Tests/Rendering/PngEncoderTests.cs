using MaterialsGen.Rendering;
using SkiaSharp;

namespace MaterialsGen.Tests.Rendering;

/// <summary>The PNG encoder round-trips: every pixel Skia decodes from our file is the pixel we drew.</summary>
public sealed class PngEncoderTests
{
    [Theory]
    [InlineData(SKColorType.Rgba8888, 37, 23)]
    [InlineData(SKColorType.Bgra8888, 64, 5)]
    [InlineData(SKColorType.Rgba8888, 1, 1)]
    public void Decoded_pixels_equal_the_drawn_ones(SKColorType colorType, int width, int height)
    {
        using var source = new SKBitmap(new SKImageInfo(width, height, colorType, SKAlphaType.Premul));
        var random = new Random(7);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // Flat runs, gradients and noise, so every filter case and long rows past the vector width occur.
                var color = (x / 7 % 3) switch
                {
                    0 => new SKColor(200, 30, 30),
                    1 => new SKColor((byte)(x * 5), (byte)(y * 9), (byte)(x + y)),
                    _ => new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)),
                };
                source.SetPixel(x, y, color);
            }
        }

        using var stream = new MemoryStream();
        using (var pixmap = source.PeekPixels())
        {
            PngEncoder.Write(pixmap, stream);
        }

        using var decoded = SKBitmap.Decode(stream.ToArray());
        Assert.NotNull(decoded);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                Assert.Equal(source.GetPixel(x, y), decoded.GetPixel(x, y));
            }
        }
    }
}
