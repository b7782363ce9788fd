using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

/// <summary>Canvases that fill: text that grows and shrinks by search, leftover height shared by grow, alternatives, a legibility floor.</summary>
public class CanvasFillTests
{
    [Fact]
    public void Fill_text_grows_until_the_canvas_is_full_but_not_past_its_max_size()
    {
        var text = string.Join(" ", Enumerable.Repeat("Tích cực chia sẻ thông tin", 6));
        var document = Lay($"<document><canvas width=\"600\" height=\"800\" margin=\"20\"><p size=\"20\" fit=\"fill\" max-size=\"200\" line-height=\"1.2\">{text}</p></canvas></document>");
        var runs = Runs(document);
        var size = runs.Max(r => r.Run.Size);
        Assert.InRange(size, 30, 200);

        // The largest size that fits: the last line ends less than a line above the bottom margin.
        var bottom = runs.Max(r => r.Y);
        Assert.InRange(bottom, 780 - (size * 1.5), 780);

        // With a low max-size the text stops there, however much room is left.
        document = Lay($"<document><canvas width=\"600\" height=\"800\" margin=\"20\"><p size=\"20\" fit=\"fill\" max-size=\"26\">{text}</p></canvas></document>");
        Assert.Equal(26, Runs(document).Max(r => r.Run.Size), 2);
    }

    [Fact]
    public void The_size_is_found_by_bisection_not_by_steps()
    {
        // One line allowed; the canvas is 87.3 % of the text's width: steps of 5 % would give 85 %.
        const string text = "Không để lộ thông tin bí mật";
        var natural = Runs(Lay($"<document><canvas width=\"2000\" height=\"200\"><p size=\"30\">{text}</p></canvas></document>")).Sum(r => r.Run.Width);
        var width = string.Create(CultureInfo.InvariantCulture, $"{natural * 0.873f:0.###}");
        var document = Lay($"<document><canvas width=\"{width}\" height=\"200\"><p size=\"30\" fit=\"shrink\" min-size=\"10\" max-lines=\"1\">{text}</p></canvas></document>");
        Assert.Equal(30 * 0.873, Runs(document).Max(r => r.Run.Size), 0.1);
    }

    [Fact]
    public void A_growing_spacer_puts_the_footer_at_the_bottom()
    {
        var document = Lay("<document><canvas width=\"400\" height=\"1000\" margin=\"40\"><p size=\"20\">Tiêu đề</p><spacer height=\"0\" grow=\"1\"/><p size=\"20\">Nguồn</p></canvas></document>");
        var source = Runs(document).Single(r => r.Run.Text == "Nguồn");
        Assert.InRange(source.Y, 960 - 20, 960);
    }

    [Fact]
    public void Growing_boxes_share_the_leftover_height_by_their_grow()
    {
        const string markup = "<document><canvas width=\"400\" height=\"1000\" margin=\"0\"><box GROW1 background=\"#eeeeee\"><p>Một</p></box><box GROW3 background=\"#dddddd\"><p>Hai<br/>ba</p></box></canvas></document>";
        var natural = Rects(Lay(markup.Replace("GROW1", "", StringComparison.Ordinal).Replace("GROW3", "", StringComparison.Ordinal))).OrderBy(r => r.Y).ToList();
        var grown = Rects(Lay(markup.Replace("GROW1", "grow=\"1\"", StringComparison.Ordinal).Replace("GROW3", "grow=\"3\"", StringComparison.Ordinal))).OrderBy(r => r.Y).ToList();
        Assert.Equal(1000, grown.Sum(b => b.Height), 1);
        Assert.Equal(3 * (grown[0].Height - natural[0].Height), grown[1].Height - natural[1].Height, 1);
        Assert.Equal(grown[0].Height, grown[1].Y, 1);
    }

    [Fact]
    public void A_growing_grid_gives_each_row_the_same_extra_height()
    {
        var items = string.Concat(Enumerable.Range(1, 4).Select(i => $"<box background=\"#eeeeee\" valign=\"middle\"><p>Mục {i}</p></box>"));
        var document = Lay($"<document><canvas width=\"400\" height=\"1000\" margin=\"0\"><grid columns=\"2\" gap=\"10\" grow=\"1\">{items}</grid></canvas></document>");
        var boxes = Rects(document).OrderBy(r => r.Y).ThenBy(r => r.X).ToList();
        Assert.Equal(4, boxes.Count);
        Assert.All(boxes, b => Assert.Equal(495, b.Height, 1));
        Assert.Equal(1000, boxes[^1].Y + boxes[^1].Height, 1);
    }

    [Fact]
    public void Choose_takes_the_first_alternative_that_keeps_its_lines()
    {
        const string markup = "<document><canvas width=\"300\" height=\"300\"><choose><p size=\"20\" max-lines=\"1\">Nguồn: Ban Tuyên giáo Tỉnh ủy Bình Phước · Kỳ 3</p><p size=\"20\" max-lines=\"1\">Nguồn: Ban Tuyên giáo</p></choose></canvas></document>";
        var texts = Runs(Lay(markup)).Select(r => r.Run.Text).ToList();
        Assert.Equal(["Nguồn: Ban Tuyên giáo"], texts);
    }

    [Fact]
    public void Text_under_the_canvas_legibility_floor_is_an_error_naming_it()
    {
        var (document, diagnostics) = MarkupRunner.Lay("<document><canvas width=\"1200\" height=\"630\" min-text-size=\"20\">\n<p size=\"30\">Tiêu đề</p>\n<p size=\"13\">Nguồn: Ban Tuyên giáo Tỉnh ủy Bình Phước</p></canvas></document>");
        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal("MG0405", error.Code);
        Assert.Equal("test.xml:3:2", error.Span.ToString());
        Assert.Contains("“Nguồn: Ban Tuyên giáo", error.Message, StringComparison.Ordinal);
        Assert.Contains("13 px", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footer_under_the_floor_is_reported_once()
    {
        var (document, diagnostics) = MarkupRunner.Lay("<document><canvas width=\"1200\" height=\"630\" min-text-size=\"20\"><footer>\n<p size=\"13\">Nguồn</p></footer><p size=\"30\">Tiêu đề</p></canvas></document>");
        Assert.Null(document);
        Assert.Equal("test.xml:2:2", Assert.Single(diagnostics, d => d.Code == "MG0405").Span.ToString());
    }

    [Fact]
    public void Fit_text_never_shrinks_under_the_floor_and_a_shorter_alternative_takes_over()
    {
        var words = string.Join(" ", Enumerable.Repeat("không gian mạng", 60));
        var (document, diagnostics) = MarkupRunner.Lay($"<document><canvas width=\"400\" height=\"300\" min-text-size=\"20\">\n<p size=\"30\" fit=\"shrink\" min-size=\"8\">{words}</p></canvas></document>");
        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal("MG0402", error.Code);
        Assert.Contains("legibility floor is 20 px", error.Message, StringComparison.Ordinal);

        var markup = $"<document><canvas width=\"400\" height=\"300\" min-text-size=\"20\"><choose><p size=\"30\" fit=\"shrink\" min-size=\"8\">{words}</p><p size=\"24\">Ngắn gọn</p></choose></canvas></document>";
        var runs = Runs(Lay(markup));
        Assert.Equal("Ngắn gọn", Assert.Single(runs).Run.Text);
    }

    private static LaidOutDocument Lay(string markup)
    {
        var (document, diagnostics) = MarkupRunner.Lay(markup);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        return document;
    }

    private static List<(float Y, GlyphRunItem Run)> Runs(LaidOutDocument document) =>
        [.. document.Pages[0].Frame.Flatten().Where(x => x.Item is GlyphRunItem).Select(x => (x.Offset.Y + ((GlyphRunItem)x.Item).Origin.Y, (GlyphRunItem)x.Item))];

    private static List<MaterialsGen.Layout.Geometry.Rect> Rects(LaidOutDocument document) =>
        [.. document.Pages[0].Frame.Flatten().Where(x => x.Item is RectItem).Select(x => ((RectItem)x.Item).Rect with { X = x.Offset.X + ((RectItem)x.Item).Rect.X, Y = x.Offset.Y + ((RectItem)x.Item).Rect.Y })];
}
