using System.Text;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Rendering;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

public class LinkAndNestingTests
{
    [Fact]
    public void A_link_becomes_a_pdf_uri_annotation_over_its_text()
    {
        var (document, diagnostics) = MarkupRunner.Lay("<document><page><p>Xem <a href=\"https://btgtu.binhphuoc.gov.vn/\">bài gốc</a> tại đây.</p></page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var link = Assert.Single(document.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<LinkItem>());
        Assert.Equal("https://btgtu.binhphuoc.gov.vn/", link.Uri);
        Assert.True(link.Rect.Width > 20);
        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, DateTime.UnixEpoch);
        var pdf = Encoding.Latin1.GetString(stream.ToArray());
        Assert.Contains("/URI (https://btgtu.binhphuoc.gov.vn/)", pdf, StringComparison.Ordinal);
        Assert.Contains("/Subtype /Link", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_nest_with_their_own_markers_and_deeper_indent()
    {
        var (document, diagnostics) = MarkupRunner.Lay("<document><page margin=\"0\"><list type=\"number\"><item><p>Một</p><list type=\"alpha\"><item>con</item></list></item><item>Hai</item></list></page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var runs = document.Pages[0].Frame.Flatten().Where(x => x.Item is GlyphRunItem).Select(x => (X: x.Offset.X + ((GlyphRunItem)x.Item).Origin.X, ((GlyphRunItem)x.Item).Text)).ToList();
        Assert.Equal(["1.", "Một", "a)", "con", "2.", "Hai"], runs.Select(r => r.Text));
        Assert.True(runs.Single(r => r.Text == "con").X > runs.Single(r => r.Text == "Một").X);
        Assert.Equal(runs.Single(r => r.Text == "a)").X, runs.Single(r => r.Text == "Một").X, 1);
    }
}
