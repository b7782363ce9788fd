using MaterialsGen.Layout.Frames;
using MaterialsGen.Markup;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

public class PageFlowTests
{
    private static string Words(int n) => string.Join(" ", Enumerable.Repeat("đảng viên tiên phong", n));

    [Fact]
    public void Sections_keep_their_own_page_size_and_orientation()
    {
        var (document, diagnostics) = MarkupRunner.Lay("<document><page paper=\"A4\"><p>Một</p></page><page paper=\"A5\" orientation=\"landscape\"><p>Hai</p></page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.Equal(PageSizes.Named["A4"], document.Pages[0].Size);
        Assert.Equal(PageSizes.Named["A5"].Height, document.Pages[1].Size.Width, 1);
    }

    [Fact]
    public void A_split_paragraph_leaves_at_least_two_lines_on_each_page()
    {
        for (var filler = 1; filler < 40; filler += 3)
        {
            var markup = $"<document><page paper=\"200x200\" margin=\"10\"><p size=\"10\">{Words(filler)}</p><p size=\"10\">{Words(12)}</p></page></document>";
            var (document, diagnostics) = MarkupRunner.Lay(markup);
            Assert.True(document is not null, string.Join("\n", diagnostics));
            foreach (var page in document.Pages)
            {
                var lines = page.Frame.Flatten().Where(x => x.Item is GlyphRunItem).Select(x => x.Offset.Y).Distinct().Count();
                Assert.True(lines >= 2 || document.Pages.Length == 1, $"filler {filler}: a page holds a single line");
            }
        }
    }

    [Fact]
    public void Page_break_starts_a_new_page_and_keep_with_next_moves_a_heading()
    {
        var (document, _) = MarkupRunner.Lay($"<document><page paper=\"200x200\" margin=\"10\"><p>A</p><page-break/><p>B</p></page></document>");
        Assert.Equal(2, document!.Pages.Length);
        var (nested, _) = MarkupRunner.Lay($"<document><page paper=\"200x200\" margin=\"10\"><stack><p>A</p><page-break/></stack><p>B</p></page></document>");
        Assert.Equal(2, nested!.Pages.Length);
        var fill = string.Concat(Enumerable.Repeat("<p size=\"10\">dòng</p>", 12));
        var (flow, _) = MarkupRunner.Lay($"<document><page paper=\"200x200\" margin=\"10\">{fill}<h2>Tiêu đề</h2><p>{Words(20)}</p></page></document>");
        var firstPage = string.Concat(flow!.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Select(r => r.Text));
        Assert.DoesNotContain("Tiêu đề", firstPage, StringComparison.Ordinal);
    }
}
