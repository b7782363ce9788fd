using MaterialsGen.Layout.Frames;
using MaterialsGen.Rendering;
using MaterialsGen.Tests.Support;
using SkiaSharp;

namespace MaterialsGen.Tests.Layout;

public class StackedMarksPixelTests
{
    /// <summary>
    /// Line one is red, line two blue. At any line height the engine allows, no blue ink may reach into
    /// line one's box, no red ink into line two's, and the top line's marks are not cut at the edge.
    /// </summary>
    [Theory]
    [InlineData("Be Vietnam Pro", 0.5)]
    [InlineData("Be Vietnam Pro", 1.0)]
    [InlineData("Tinos", 0.5)]
    [InlineData("Tinos", 1.2)]
    public void Stacked_capitals_stay_inside_their_line(string font, double lineHeight)
    {
        var markup = $"<document><canvas width=\"400\" height=\"300\" margin=\"0\" background=\"#ffffff\"><p font=\"{font}\" size=\"40\" line-height=\"{lineHeight.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"><span color=\"#ff0000\">ẨẶỖ gjpqỵ</span><br/><span color=\"#0000ff\">ẨẶỖỄỚ</span></p></canvas></document>";
        var (document, diagnostics) = MarkupRunner.Lay(markup);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var runs = document.Pages[0].Frame.Flatten().Where(x => x.Item is GlyphRunItem).ToList();
        var secondTop = runs.Where(r => ((GlyphRunItem)r.Item).Color.B == 255).Min(r => r.Offset.Y);
        Assert.True(secondTop > 0);

        using var image = RasterWriter.Render(document.Pages[0], 400, 300);
        using var bitmap = SKBitmap.FromImage(image);
        int redTop = int.MaxValue, redBottom = -1, blueTop = int.MaxValue;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (p.Red > 160 && p.Green < 120 && p.Blue < 120)
                {
                    redTop = Math.Min(redTop, y);
                    redBottom = Math.Max(redBottom, y);
                }
                else if (p.Blue > 160 && p.Red < 120 && p.Green < 120)
                {
                    blueTop = Math.Min(blueTop, y);
                }
            }
        }

        Assert.True(redTop > 0, "the top line's marks touch the canvas edge");
        Assert.True(redBottom < Math.Ceiling(secondTop) + 1, $"line one's ink reaches {redBottom}, line two starts at {secondTop}");
        Assert.True(blueTop >= Math.Floor(secondTop) - 1, $"line two's marks reach up to {blueTop}, its box starts at {secondTop}");
    }
}
