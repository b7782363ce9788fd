using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

public class LayoutPositionTests
{
    private static List<(float X, float Y, GlyphRunItem Run)> Runs(string markup)
    {
        var (document, diagnostics) = MarkupRunner.Lay(markup);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        return document.Pages[0].Frame.Flatten().Where(x => x.Item is GlyphRunItem)
            .Select(x => (x.Offset.X + ((GlyphRunItem)x.Item).Origin.X, x.Offset.Y + ((GlyphRunItem)x.Item).Origin.Y, (GlyphRunItem)x.Item)).ToList();
    }

    [Fact]
    public void Margins_place_the_first_line_at_the_content_box()
    {
        var runs = Runs("<document><page paper=\"200x200\" margin=\"10 20 10 30\"><p size=\"10\">Chi bộ</p></page></document>");
        Assert.Equal(30, runs[0].X, 2);
        Assert.InRange(runs[0].Y, 10 + 9, 10 + 14);
    }

    [Fact]
    public void Right_and_center_alignment_end_at_the_right_places()
    {
        var right = Runs("<document><page paper=\"300x100\" margin=\"0\"><p align=\"right\" size=\"10\">Đảng viên</p></page></document>")[0];
        Assert.Equal(300, right.X + right.Run.Width, 1);
        var center = Runs("<document><page paper=\"300x100\" margin=\"0\"><p align=\"center\" size=\"10\">Đảng viên</p></page></document>")[0];
        Assert.Equal(150, center.X + (center.Run.Width / 2), 1);
    }

    [Fact]
    public void Justified_lines_fill_the_width_but_the_last_line_does_not()
    {
        var text = string.Join(" ", Enumerable.Repeat("tích cực bình luận", 12));
        var runs = Runs($"<document><page paper=\"200x400\" margin=\"0\"><p align=\"justify\" size=\"10\">{text}</p></page></document>");
        var lines = runs.GroupBy(r => r.Y).OrderBy(g => g.Key).ToList();
        Assert.True(lines.Count >= 3);
        foreach (var line in lines.SkipLast(1))
        {
            Assert.Equal(200, line.Max(r => r.X + r.Run.Width), 0.5);
        }

        Assert.True(lines[^1].Max(r => r.X + r.Run.Width) < 199);
    }

    [Fact]
    public void Row_columns_share_the_width_by_fraction()
    {
        var runs = Runs("<document><page paper=\"310x100\" margin=\"0\"><row gap=\"10\"><col width=\"1*\">A</col><col width=\"2*\">B</col></row></page></document>");
        Assert.Equal(0, runs[0].X, 1);
        Assert.Equal(110, runs[1].X, 1);
    }

    [Fact]
    public void Long_content_flows_onto_more_pages_with_header_and_footer_on_each()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>Mỗi cán bộ, đảng viên phải có ý thức và chịu trách nhiệm hoàn toàn về những thông tin mà mình lưu trữ, truyền tải, đăng tải.</p>", 60));
        var (document, diagnostics) = MarkupRunner.Lay($"<document><page paper=\"A5\"><header><p>Đầu trang</p></header><footer><p>Trang <page-number/>/<page-count/></p></footer>{paragraphs}</page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.True(document.Pages.Length > 2);
        for (var i = 0; i < document.Pages.Length; i++)
        {
            var text = string.Concat(document.Pages[i].Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Select(r => r.Text));
            Assert.Contains("Đầu trang", text, StringComparison.Ordinal);
            Assert.Contains($"Trang {i + 1}/{document.Pages.Length}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Overlong_word_breaks_instead_of_overflowing()
    {
        var runs = Runs("<document><page paper=\"100x300\" margin=\"0\"><p size=\"10\">https://btgtu.binhphuoc.gov.vn/mot-duong-dan-rat-dai-khong-co-cho-ngat-nao-ca</p></page></document>");
        Assert.True(runs.Select(r => r.Y).Distinct().Count() > 1);
        Assert.All(runs, r => Assert.True(r.X + r.Run.Width <= 100.5, $"run '{r.Run.Text}' ends at {r.X + r.Run.Width}"));
    }
}
