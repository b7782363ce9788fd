using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

public class TableTests
{
    private static string Table(int rows) =>
        "<table columns=\"2* 1*\" header-rows=\"1\" header-background=\"#eeeeee\"><tr><td>Văn bản</td><td>Cơ quan</td></tr>"
        + string.Concat(Enumerable.Range(1, rows).Select(i => $"<tr><td>Quy định số {i}-QĐ/TW về việc cán bộ, đảng viên thiết lập trang thông tin</td><td>Ban Bí thư</td></tr>"))
        + "</table>";

    [Fact]
    public void A_long_table_continues_on_new_pages_with_its_header_repeated()
    {
        var (document, diagnostics) = MarkupRunner.Lay($"<document><page paper=\"A6\" margin=\"10mm\">{Table(30)}</page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.True(document.Pages.Length > 2);
        var seen = new List<int>();
        foreach (var page in document.Pages)
        {
            var runs = page.Frame.Flatten().Where(x => x.Item is GlyphRunItem).Select(x => (Y: x.Offset.Y + ((GlyphRunItem)x.Item).Origin.Y, Run: (GlyphRunItem)x.Item)).OrderBy(r => r.Y).ToList();
            Assert.Equal("Văn bản", runs[0].Run.Text);
            seen.AddRange(runs.Select(r => r.Run.Text).Where(t => t.StartsWith("Quy định số ", StringComparison.Ordinal)).Select(t => int.Parse(t.Split(' ')[3].Split('-')[0], System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(Enumerable.Range(1, 30), seen);
    }

    [Fact]
    public void Cells_of_a_column_line_up_and_share_their_rows_height()
    {
        var (document, _) = MarkupRunner.Lay($"<document><page paper=\"300x800\" margin=\"0\">{Table(3)}</page></document>");
        var cells = document!.Pages[0].Frame.Flatten().Where(x => x.Item is RectItem).Select(x => (X: x.Offset.X + ((RectItem)x.Item).Rect.X, Y: x.Offset.Y + ((RectItem)x.Item).Rect.Y, ((RectItem)x.Item).Rect)).ToList();
        Assert.Equal(8, cells.Count);
        Assert.Equal(2, cells.Select(c => MathF.Round(c.X)).Distinct().Count());
        Assert.Equal(200, cells.Single(c => c.X == 0 && c.Y == 0).Rect.Width, 1);
        foreach (var row in cells.GroupBy(c => MathF.Round(c.Y)))
        {
            Assert.Single(row.Select(c => MathF.Round(c.Rect.Height)).Distinct());
        }
    }

    private static string Leaflet(string columns) =>
        $"<table{columns} header-rows=\"1\" padding=\"5 7\" size=\"11.5\"><tr><td>Văn bản</td><td>Cơ quan ban hành</td><td>Thời gian</td></tr>"
        + "<tr><td>Quy định số 69-QĐ/TW – Về kỷ luật tổ chức đảng và đảng viên vi phạm</td><td>Bộ Chính trị</td><td>06/07/2022</td></tr>"
        + "<tr><td>Hướng dẫn số 99-HD/BTGTW – Về việc thực hiện Quy định số 85-QĐ/TW của Ban Bí thư</td><td>Ban Tuyên giáo Trung ương</td><td>Năm 2023</td></tr>"
        + "</table>";

    [Theory]
    [InlineData("")]
    [InlineData(" columns=\"3* 1.3* 1*\"")]
    public void A_column_is_never_narrower_than_its_longest_word_while_the_table_has_room(string columns)
    {
        // The A5 leaflet's text width (148 mm less 45 mm of margins): "06/07/2022" broke as "06/07/2|022".
        var (document, diagnostics) = MarkupRunner.Lay($"<document><page paper=\"A5\" margin=\"18mm 20mm 16mm 25mm\">{Leaflet(columns)}</page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.Code is "MG0406" or "MG0404");
        var texts = Runs(document.Pages[0]).Select(r => r.Run.Text).ToList();
        Assert.Contains("06/07/2022", texts);
        Assert.Contains(texts, t => t.Contains("69-QĐ/TW", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("99-HD/BTGTW", StringComparison.Ordinal));
    }

    [Fact]
    public void Auto_columns_take_their_content_width_and_share_the_spare_room_by_content()
    {
        const string table = "<table><tr><td>Một</td><td>Hai ba bốn năm sáu bảy tám chín mười</td></tr></table>";
        var (document, _) = MarkupRunner.Lay($"<document><page paper=\"400x300\" margin=\"0\">{table}</page></document>");
        var cells = Cells(document!.Pages[0]);
        Assert.Equal(2, cells.Count);
        Assert.Equal(400, cells.Sum(c => c.Width), 1);
        // Both fit on one line; each column grows in proportion to its content, so the short one stays short.
        Assert.True(cells[0].Width < cells[1].Width / 3, $"{cells[0].Width} against {cells[1].Width}");
        Assert.Equal(2, Runs(document.Pages[0]).Count);

        // Narrower than both contents together: the long column wraps, the short one keeps its word whole.
        (document, _) = MarkupRunner.Lay($"<document><page paper=\"120x300\" margin=\"0\">{table}</page></document>");
        var runs = Runs(document!.Pages[0]);
        Assert.Contains(runs, r => r.Run.Text == "Một");
        Assert.True(runs.Count > 3);
    }

    [Fact]
    public void A_table_too_narrow_for_its_longest_words_warns_with_its_location()
    {
        var (document, diagnostics) = MarkupRunner.Lay($"<document><page paper=\"160x1000\" margin=\"10\">\n{Leaflet("")}</page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var warning = Assert.Single(diagnostics, d => d.Code == "MG0406");
        Assert.False(warning.IsError);
        Assert.Equal("test.xml:2:2", warning.Span.ToString());
        Assert.Contains("column 3 gets", warning.Message, StringComparison.Ordinal);
    }

    private static List<(float Y, GlyphRunItem Run)> Runs(MaterialsGen.Layout.Paging.PageFrame page) =>
        [.. page.Frame.Flatten().Where(x => x.Item is GlyphRunItem).Select(x => (Y: x.Offset.Y + ((GlyphRunItem)x.Item).Origin.Y, Run: (GlyphRunItem)x.Item))];

    private static List<MaterialsGen.Layout.Geometry.Rect> Cells(MaterialsGen.Layout.Paging.PageFrame page) =>
        [.. page.Frame.Flatten().Where(x => x.Item is RectItem).Select(x => ((RectItem)x.Item).Rect)];
}
