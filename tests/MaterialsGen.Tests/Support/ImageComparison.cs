using SkiaSharp;

namespace MaterialsGen.Tests.Support;

/// <summary>
/// Compares a rendered image with a committed reference the way QuestPDF's visual tests do: a pixel
/// differs when any channel is off by more than 8, and at most 0.05 % of pixels may differ.
/// </summary>
internal static class ImageComparison
{
    public const int ChannelTolerance = 8;
    public const double PixelTolerance = 0.0005;

    /// <summary>The share of pixels that differ, or 1 when the sizes differ.</summary>
    public static double Difference(SKBitmap expected, SKBitmap actual)
    {
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return 1;
        }

        var differing = 0L;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var e = expected.GetPixel(x, y);
                var a = actual.GetPixel(x, y);
                if (Math.Abs(e.Red - a.Red) > ChannelTolerance || Math.Abs(e.Green - a.Green) > ChannelTolerance
                    || Math.Abs(e.Blue - a.Blue) > ChannelTolerance || Math.Abs(e.Alpha - a.Alpha) > ChannelTolerance)
                {
                    differing++;
                }
            }
        }

        return (double)differing / (expected.Width * (long)expected.Height);
    }
}
