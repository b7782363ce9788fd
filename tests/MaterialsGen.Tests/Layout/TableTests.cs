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
}
