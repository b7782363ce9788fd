using MaterialsGen.Tests.Support;
using static MaterialsGen.Tests.Export.DocxMarkup;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Tests.Export;

/// <summary>Markup to Word outside the sample: render -o x.docx, what Word cannot express (a located error, never a silent drop), numbering no Word format counts.</summary>
public sealed class DocxMarkupTests
{
    [Fact]
    public void Render_writes_a_word_file_of_a_page_template()
    {
        using var project = new SampleProject();
        var target = Path.Combine(project.Root, "x.docx");
        var (exit, output, error) = project.RenderHandout(target, "--size", "a5", "--dpi", "150");
        Assert.True(exit == 0, error);

        // The word processor paginates the file: no page count of ours, and no page for a dpi to size.
        Assert.Equal($"built {target}", output.Trim());
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(target, isEditable: false);
        Assert.Equal(8391u, word.MainDocumentPart!.Document!.Body!.GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageSize>()!.Width!.Value);
    }

    [Fact]
    public void The_engine_writes_a_word_file_to_a_stream()
    {
        using var project = new SampleProject();
        using var engine = new MaterialsEngine(project.Root);
        using var output = new MemoryStream();
        var result = engine.Render(new RenderRequest("handout", [.. SampleProject.HandoutData.Select(d => $"data/{d}.yaml")]) { Format = OutputFormat.Docx }, output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(0, result.Pages);
        output.Position = 0;
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(output, isEditable: false);
        Assert.Contains(word.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>(), p => DocxText.Of(p) == "Văn bản liên quan");
    }

    [Fact]
    public void A_canvas_template_as_docx_is_an_error_at_its_canvas_line()
    {
        using var project = new SampleProject();
        var target = Path.Combine(project.Root, "x.docx");
        var (exit, _, error) = SampleProject.Run("render", "--project", project.Root, "--template", "infographic", "--data", Path.Combine(project.Root, "data", "4-tich-cuc.yaml"), "-o", target);
        Assert.Equal(1, exit);
        var line = File.ReadAllLines(Path.Combine(project.Root, "templates", "infographic.sbn")).ToList().FindIndex(l => l.Contains("<canvas", StringComparison.Ordinal)) + 1;
        Assert.Matches($@"templates/infographic\.sbn:{line}:\d+: error MG0801: a <canvas> is one fixed page", error);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Layers_in_a_page_are_an_error_where_they_are_written()
    {
        var markup = "<document><page>\n<p>Trước</p>\n<layers><box><p>A</p></box><box><p>MẪU</p></box></layers>\n</page></document>";
        var diagnostics = Check(markup);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("MG0802", error.Code);
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public void A_booklet_imposition_with_docx_is_a_manifest_error()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "materials.yaml"), "    formats: [pdf]\n    sizes: [a5]\n    impose: booklet", "    formats: [pdf, docx]\n    sizes: [a5]\n    impose: booklet");
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(1, exit);
        Assert.Contains("error MG0803: impose arranges printed pages on sheets", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinal_words_and_custom_markers_are_word_numbering_with_each_label()
    {
        var markup = "<document><page><list type=\"words\"><item>Nâng cao nhận thức</item><item>Gương mẫu</item><item>Lan tỏa</item></list>"
            + "<list type=\"number\" start=\"3\" marker=\")\"><item>Ba</item><item>Bốn</item></list></page></document>";
        using var word = Word(markup);
        var numbering = word.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var paragraphs = word.MainDocumentPart.Document!.Body!.Elements<W.Paragraph>().ToList();
        var labels = paragraphs.Take(3).Select(p => numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value))
            .Select(n => n.GetFirstChild<W.LevelOverride>()!.GetFirstChild<W.Level>()!.LevelText!.Val!.Value).ToList();
        Assert.Equal(["Một là,", "Hai là,", "Ba là,"], labels);
        Assert.Equal(["Nâng cao nhận thức", "Gương mẫu", "Lan tỏa", "Ba", "Bốn"], paragraphs.Select(DocxText.Of));
        var counted = numbering.Elements<W.AbstractNum>().Last().GetFirstChild<W.Level>()!;
        Assert.Equal((W.NumberFormatValues.Decimal, "%1)", 3), (counted.NumberingFormat!.Val!.Value, counted.LevelText!.Val!.Value, counted.StartNumberingValue!.Val!.Value));
    }

    [Fact]
    public void Pictures_go_in_as_their_files_or_as_png_drawn_by_the_raster_path()
    {
        using var project = new ImageProject();
        var markup = "<document><page>"
            + "<image src=\"images/wide.png\" width=\"100\"/>"
            + "<image src=\"images/photo.jpg\" width=\"100\"/>"
            + "<image src=\"images/wide.png\" width=\"100\" height=\"100\"/>"
            + "<image src=\"images/thumb-up.svg\" width=\"24\" place=\"center\"/>"
            + "<qr data=\"https://btgtu.binhphuoc.gov.vn\" size=\"72\"/></page></document>";
        using var word = Word(markup, project.Reader);
        var main = word.MainDocumentPart!;
        var pictures = main.Document!.Body!.Elements<W.Paragraph>()
            .Select(p => p.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single())
            .Select(b => (Part: (DocumentFormat.OpenXml.Packaging.ImagePart)main.GetPartById(b.Embed!.Value!), Svg: b.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>().SingleOrDefault()))
            .ToList();
        Assert.Equal(5, pictures.Count);
        Assert.Equal(File.ReadAllBytes(Path.Combine(project.Root, "images", "wide.png")), Bytes(pictures[0].Part));
        Assert.Equal(File.ReadAllBytes(Path.Combine(project.Root, "images", "photo.jpg")), Bytes(pictures[1].Part));
        // Stretched into a square box: drawn as the layout draws it (letterboxed), 4 px per point.
        using (var square = SkiaSharp.SKBitmap.Decode(Bytes(pictures[2].Part)))
        {
            Assert.Equal((400, 400), (square.Width, square.Height));
        }

        Assert.Equal("image/png", pictures[3].Part.ContentType);
        Assert.Equal("image/svg+xml", main.GetPartById(pictures[3].Svg!.Embed!.Value!).ContentType);
        Assert.Equal("image/png", pictures[4].Part.ContentType);
        Assert.All(pictures.Take(3).Concat(pictures.Skip(4)), p => Assert.Null(p.Svg));
    }

    [Fact]
    public void Runs_keep_their_formatting_and_links_and_each_page_is_a_section()
    {
        var markup = "<document title=\"Thử\" lang=\"vi\"><page paper=\"A4\" margin=\"20mm\" font=\"Tinos\" size=\"13\">"
            + "<p>Xem <a href=\"https://btgtu.binhphuoc.gov.vn/bai-viet\">nguồn</a>, <u>gạch dưới</u>, <s>gạch bỏ</s>, <span color=\"#B3261E\">màu đỏ</span>, <i>nghiêng</i><br/>dòng hai</p>"
            + "</page><page paper=\"A5\" orientation=\"landscape\" margin=\"10mm 15mm\"><p>Trang ngang</p></page></document>";
        using var word = Word(markup);
        var main = word.MainDocumentPart!;
        var body = main.Document!.Body!;
        var first = body.Elements<W.Paragraph>().First();
        Assert.Equal("Xem nguồn, gạch dưới, gạch bỏ, màu đỏ, nghiêng\ndòng hai", DocxText.Of(first));
        var link = first.Elements<W.Hyperlink>().Single();
        Assert.Equal("https://btgtu.binhphuoc.gov.vn/bai-viet", main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.ToString());
        Assert.Equal(W.UnderlineValues.Single, link.Descendants<W.Underline>().Single().Val!.Value);
        W.RunProperties Run(string text) => first.Descendants<W.Run>().Single(r => r.InnerText.Trim() == text).RunProperties!;
        Assert.Equal(W.UnderlineValues.Single, Run("gạch dưới").Underline!.Val!.Value);
        Assert.NotNull(Run("gạch bỏ").Strike);
        Assert.Equal("B3261E", Run("màu đỏ").Color!.Val!.Value);
        Assert.NotNull(Run("nghiêng").Italic);

        var sections = body.Descendants<W.SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.IsType<W.ParagraphProperties>(sections[0].Parent);
        Assert.Same(body, sections[1].Parent);
        var landscape = sections[1].GetFirstChild<W.PageSize>()!;
        Assert.Equal((11906u, 8391u, W.PageOrientationValues.Landscape), (landscape.Width!.Value, landscape.Height!.Value, landscape.Orient!.Value));
        Assert.Equal((850u, 567), (sections[1].GetFirstChild<W.PageMargin>()!.Left!.Value, sections[1].GetFirstChild<W.PageMargin>()!.Top!.Value));
        Assert.Equal(1134u, sections[0].GetFirstChild<W.PageMargin>()!.Left!.Value);
    }

    private static byte[] Bytes(DocumentFormat.OpenXml.Packaging.OpenXmlPart part)
    {
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
