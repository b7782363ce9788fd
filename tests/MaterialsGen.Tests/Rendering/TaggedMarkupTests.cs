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
        Assert.Equal("trang của Ban", PdfObjects.Text(objects.Get(dictionary, "Contents")));
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

    [Fact]
    public void A_link_over_two_lines_announces_its_whole_text_on_both_annotations()
    {
        using var pdf = PdfDocument.Open(Write(
            "<document title=\"T\"><page paper=\"A6\"><p size=\"14\">Tài liệu có tại <a href=\"https://btgtu.binhphuoc.gov.vn\">trang thông tin <b>điện tử</b> của Ban Tuyên giáo Tỉnh ủy</a>.</p></page></document>"));
        var objects = new PdfObjects(pdf);
        var annotations = objects.Array(objects.Pages().Single(), "Annots").Select(objects.Resolve).OfType<DictionaryToken>().ToList();
        Assert.True(annotations.Count >= 2, "the link wraps");
        Assert.All(annotations, a => Assert.Equal("trang thông tin điện tử của Ban Tuyên giáo Tỉnh ủy", PdfObjects.Text(objects.Get(a, "Contents"))));
        Assert.All(annotations, a => Assert.Equal("https://btgtu.binhphuoc.gov.vn", PdfObjects.Text(objects.Get(objects.Dictionary(a, "A")!, "URI"))));
    }

    [Fact]
    public void Emoji_are_text_of_their_paragraph_or_link_for_screen_readers_and_copying()
    {
        const string Markup = "<document title=\"T\" lang=\"vi\"><page><header><p>Tin 📌</p></header>"
            + "<p>👍 Thích, chia sẻ ✅ và <a href=\"https://btgtu.binhphuoc.gov.vn\">xem 🇻🇳</a></p></page></document>";
        var bytes = Write(Markup);
        using (var pdf = PdfDocument.Open(bytes))
        {
            // Each emoji in content is a Span element with its /ActualText, a child of the element it is part
            // of (the paragraph, the link), in a marked-content sequence of its own; only the running
            // header's emoji is an artifact, its span nested in the artifact's sequence.
            var objects = new PdfObjects(pdf);
            var elements = objects.StructureElements().Where(e => objects.Name(e.Element, "S") == "Span")
                .Select(e => (e.ParentType, PdfObjects.Text(objects.Get(e.Element, "ActualText"))));
            Assert.Equal([("P", "👍"), ("P", "✅"), ("Link", "🇻🇳")], elements);
            var marked = pdf.GetPage(1).GetMarkedContents();
            var spans = marked.Where(m => m.ActualText is not null).ToList();
            Assert.Equal(["👍", "✅", "🇻🇳"], spans.Select(s => s.ActualText));
            Assert.All(spans, s => Assert.True(s.Tag == "Span" && s.MarkedContentIdentifier >= 0));
            Assert.Equal(["📌"], marked.Where(m => m.IsArtifact).SelectMany(m => m.Children).Select(c => c.ActualText));
        }

        // Poppler reads the whole paragraph in order, each emoji a Span inside it; the header stays out of
        // the structure. Its structure reader shows what a Span draws, not its /ActualText, so there the
        // emoji read as the invisible space under their pictures.
        var file = Path.Combine(_project.Root, "emoji.pdf");
        File.WriteAllBytes(file, bytes);
        var tree = StructText.Read(file);
        var paragraph = Assert.Single(tree.Descendants(), e => e.Type == "P");
        Assert.Equal("Thích, chia sẻ và xem", string.Join(' ', paragraph.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(["Span", "Span", "Link", "Link"], paragraph.Children.Select(c => c.Type));
        Assert.Equal(["Span", "Object"], paragraph.Children[3].Children.Select(c => c.Type));
        Assert.DoesNotContain("Tin", tree.Text, StringComparison.Ordinal);

        // Copying the text gives the emoji where they are drawn, and the tagging rules hold.
        Assert.Contains("👍 Thích, chia sẻ ✅ và xem 🇻🇳", Layout.EmojiTests.PdfToText(bytes), StringComparison.Ordinal);
        Assert.Empty(PdfRuleChecker.Tagging(bytes));

        // Claiming the standards, the emoji spans keep every checked rule of both.
        var claimed = Write(Markup, new PdfOptions { Standards = PdfStandards.A2b | PdfStandards.Ua1 });
        Assert.Empty(PdfRuleChecker.PdfA2b(claimed));
        Assert.Empty(PdfRuleChecker.PdfUa1(claimed));
    }

    private byte[] Write(string markup, PdfOptions? options = null)
    {
        var (document, diagnostics) = MarkupRunner.Lay(markup, _project.Reader);
        Assert.True(document is not null, string.Join('\n', diagnostics));
        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, new DateTime(2023, 12, 14, 0, 0, 0, DateTimeKind.Utc), options ?? PdfOptions.Default);
        return stream.ToArray();
    }
}
