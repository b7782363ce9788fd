using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace MaterialsGen.Tests.Rendering;

/// <summary>What markup says about images and links becomes structure: figures with alt text, decoration as artifacts, links with their annotations.</summary>
public sealed class TaggedMarkupTests : IDisposable
{
    private readonly ImageProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void An_image_with_alt_text_is_a_figure_and_an_icon_marked_decorative_is_an_artifact()
    {
        using var pdf = PdfDocument.Open(Write(
            "<document title=\"T\"><page><image src=\"images/ban.svg\" width=\"40\" alt=\"Biển cấm\"/>"
            + "<row><col width=\"20\"><image src=\"images/share.svg\" width=\"20\" alt=\"\"/></col><col><p>Chia sẻ</p></col></row></page></document>"));
        var objects = new PdfObjects(pdf);
        var figure = Assert.Single(objects.StructureElements(), e => objects.Name(e.Element, "S") == "Figure").Element;
        Assert.Equal("Biển cấm", PdfObjects.Text(objects.Get(figure, "Alt")));

        var marked = pdf.GetPage(1).GetMarkedContents();
        Assert.Single(marked, m => m.Tag == "Figure" && m.MarkedContentIdentifier >= 0);
        Assert.Contains(marked, m => m.IsArtifact && m.Paths.Count > 0);
    }

    [Fact]
    public void A_meaningful_image_without_alt_text_is_a_warning_at_its_element()
    {
        var (document, diagnostics) = MarkupRunner.Lay("<document><page>\n  <image src=\"images/ban.svg\" width=\"40\"/></page></document>", _project.Reader);
        Assert.NotNull(document);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("MG0820", warning.Code);
        Assert.False(warning.IsError);
        Assert.StartsWith("test.xml:2:4: warning MG0820: <image> has no alt text", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_in_a_running_header_needs_no_alt_text()
    {
        var (_, diagnostics) = MarkupRunner.Lay("<document><page><header><image src=\"images/ban.svg\" width=\"10\"/></header><p>Nội dung</p></page></document>", _project.Reader);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_link_is_a_link_element_holding_its_text_and_its_annotation()
    {
        using var pdf = PdfDocument.Open(Write("<document title=\"T\"><page><p>Xem <a href=\"https://btgtu.binhphuoc.gov.vn\">trang của Ban</a> nhé.</p></page></document>"));
        var objects = new PdfObjects(pdf);
        var link = Assert.Single(objects.StructureElements(), e => objects.Name(e.Element, "S") == "Link");
        Assert.Equal("P", link.ParentType);

        var annotation = Assert.Single(objects.Array(objects.Pages().Single(), "Annots"));
        var annotationReference = Assert.IsType<IndirectReferenceToken>(pdf.GetPage(1).Dictionary.Data["Annots"] is ArrayToken a ? a.Data[0] : null);
        var dictionary = Assert.IsType<DictionaryToken>(objects.Resolve(annotation));
        Assert.Equal("https://btgtu.binhphuoc.gov.vn", PdfObjects.Text(objects.Get(dictionary, "Contents")));
        var key = Assert.IsType<NumericToken>(objects.Get(dictionary, "StructParent")).Int;

        // The element holds the link's text (marked content) and the annotation (an object reference) …
        var kids = objects.Array(link.Element, "K");
        Assert.Contains(kids, k => k is NumericToken);
        var reference = Assert.Single(kids.OfType<DictionaryToken>(), k => objects.Name(k, "Type") == "OBJR");
        Assert.Equal(annotationReference.Data, Assert.IsType<IndirectReferenceToken>(reference.Data["Obj"]).Data);

        // … and the parent tree leads from the annotation back to the element.
        var nums = objects.Array(objects.Dictionary(objects.Dictionary(objects.Catalog, "StructTreeRoot")!, "ParentTree")!, "Nums");
        var index = nums.Select((t, i) => (t, i)).Single(p => p.i % 2 == 0 && p.t is NumericToken n && n.Int == key).i;
        Assert.Equal("Link", objects.Name(Assert.IsType<DictionaryToken>(objects.Resolve(nums[index + 1])), "S"));
        Assert.Equal("trang của Ban", string.Concat(pdf.GetPage(1).GetMarkedContents().Single(m => m.Tag == "Link").Letters.Select(l => l.Value)).Trim());
    }

    private byte[] Write(string markup)
    {
        var (document, diagnostics) = MarkupRunner.Lay(markup, _project.Reader);
        Assert.True(document is not null, string.Join('\n', diagnostics));
        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, new DateTime(2023, 12, 14, 0, 0, 0, DateTimeKind.Utc));
        return stream.ToArray();
    }
}
