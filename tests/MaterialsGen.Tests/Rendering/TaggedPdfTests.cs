using MaterialsGen.Tests.Pipeline;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace MaterialsGen.Tests.Rendering;

/// <summary>
/// Every PDF is tagged, and readers other than ours agree on what the tags say: poppler reads the
/// structure tree back (headings, list labels, table cells, the quote, the reading order), PdfPig
/// reads the marked content, qpdf finds nothing wrong.
/// </summary>
public sealed class TaggedPdfTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private IEnumerable<string> Pdfs => Directory.GetFiles(Path.Combine(sample.Root, "output"), "*.pdf").Order(StringComparer.Ordinal);

    [Fact]
    public void Every_pdf_is_tagged_with_its_language_its_title_shown_and_tab_order_by_structure()
    {
        Assert.True(sample.Exit == 0, sample.Error);
        Assert.NotEmpty(Pdfs);
        foreach (var file in Pdfs)
        {
            var (exit, info, error) = ExternalTool.Call("pdfinfo", [file]);
            Assert.True(exit == 0, error);
            Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);

            using var pdf = PdfDocument.Open(file);
            var objects = new PdfObjects(pdf);
            var catalog = objects.Catalog;
            Assert.True(objects.Get(objects.Dictionary(catalog, "MarkInfo")!, "Marked") is BooleanToken { Data: true }, file);
            Assert.Equal("vi", PdfObjects.Text(objects.Get(catalog, "Lang")));
            Assert.True(objects.Get(objects.Dictionary(catalog, "ViewerPreferences")!, "DisplayDocTitle") is BooleanToken { Data: true }, file);
            var tree = objects.Dictionary(catalog, "StructTreeRoot")!;
            Assert.NotNull(objects.Dictionary(tree, "ParentTree"));
            foreach (var page in objects.Pages())
            {
                Assert.Equal("S", objects.Name(page, "Tabs"));
                Assert.IsType<NumericToken>(objects.Get(page, "StructParents"));
            }
        }
    }

    [Fact]
    public void Qpdf_finds_every_pdf_clean()
    {
        foreach (var file in Pdfs)
        {
            var (exit, output, error) = ExternalTool.Call("qpdf", ["--check", file]);
            Assert.True(exit == 0, $"{file}: {output}{error}");
            Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
            Assert.DoesNotContain("WARNING", output + error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headings_paragraphs_and_the_quote_read_in_order()
    {
        var tree = StructText.Read(sample.Output("tai-lieu-sinh-hoat.pdf"));
        Assert.Equal("Document", tree.Type);
        var elements = tree.Descendants().ToList();
        var h1 = Assert.Single(elements, e => e.Type == "H1");
        Assert.StartsWith("Kỳ 3: Cán bộ, đảng viên tiên phong bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng", h1.Text, StringComparison.Ordinal);
        Assert.Equal(["GIẢI PHÁP TRỌNG TÂM ĐỐI VỚI MỖI CÁN BỘ, ĐẢNG VIÊN", "VĂN BẢN LIÊN QUAN"], elements.Where(e => e.Type == "H2").Select(e => e.Text));

        // Words at line ends stay apart: the space a line breaks at is read back.
        var first = elements.First(e => e.Type == "P" && e.Text.StartsWith("Để bảo vệ", StringComparison.Ordinal));
        Assert.Contains("huy động các lực lượng", first.Text, StringComparison.Ordinal);
        Assert.Contains("đồng lòng của toàn Đảng", first.Text, StringComparison.Ordinal);

        var quote = Assert.Single(elements, e => e.Type == "BlockQuote");
        Assert.Equal(2, quote.Children.Count(c => c.Type == "P"));
        Assert.StartsWith("“Nếu mỗi một cán bộ, đảng viên dùng smartphone", quote.Children[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Võ Văn Thưởng", quote.Children[1].Text, StringComparison.Ordinal);

        var order = new[] { h1, elements.First(e => e.Type == "H2"), elements.First(e => e.Type == "L"), elements.First(e => e.Type == "Table"), quote };
        Assert.Equal(order, order.OrderBy(elements.IndexOf));
    }

    [Fact]
    public void List_items_carry_their_labels_and_bodies()
    {
        var lists = StructText.Read(sample.Output("tai-lieu-sinh-hoat.pdf")).Descendants().Where(e => e.Type == "L").ToList();
        Assert.Equal(2, lists.Count);
        var nine = lists[1];
        Assert.Contains("/ListNumbering /Decimal", nine.Attributes);
        Assert.All(nine.Children, li => Assert.Equal(["Lbl", "LBody"], li.Children.Select(c => c.Type)));
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"{n}."), nine.Children.Select(li => li.Children[0].Text));
        Assert.Equal(HandoutPdfTests.ListTexts("9-khong.yaml"), nine.Children.Select(li => li.Children[1].Text));
    }

    [Fact]
    public void Table_cells_are_read_one_by_one_with_column_headers()
    {
        var table = Assert.Single(StructText.Read(sample.Output("tai-lieu-sinh-hoat.pdf")).Descendants(), e => e.Type == "Table");
        Assert.All(table.Children, row => Assert.Equal("TR", row.Type));
        var header = table.Children[0];
        Assert.Equal(["Văn bản", "Cơ quan ban hành", "Thời gian"], header.Children.Select(c => c.Text));
        Assert.All(header.Children, th => Assert.Equal(("TH", "/Scope /Column"), (th.Type, Assert.Single(th.Attributes))));
        var rows = table.Children.Skip(1).Select(r => r.Children.Select(c => (c.Type, c.Text)).ToList()).ToList();
        Assert.Contains(rows, r => r[0].Text.StartsWith("Quy định số 85-QĐ/TW – ", StringComparison.Ordinal) && r[1] == ("TD", "Ban Bí thư") && r[2] == ("TD", "–"));
        Assert.Contains(rows, r => r[1] == ("TD", "Ban Tuyên giáo Trung ương") && r[2] == ("TD", "Năm 2023"));
        Assert.All(rows, r => Assert.Equal(3, r.Count));
    }

    [Fact]
    public void Running_headers_footers_and_page_numbers_are_artifacts()
    {
        var file = sample.Output("tai-lieu-sinh-hoat.pdf");
        var text = StructText.Read(file).Text;
        Assert.DoesNotContain("Trang ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BAN TUYÊN GIÁO TỈNH ỦY BÌNH PHƯỚC", text, StringComparison.Ordinal);

        using var pdf = PdfDocument.Open(file);
        var page = pdf.GetPage(2);
        var marked = page.GetMarkedContents();
        var footer = marked.Single(m => string.Concat(m.Letters.Select(l => l.Value)).Contains("Trang 2/", StringComparison.Ordinal));
        Assert.True(footer.IsArtifact);
        Assert.Equal("Footer", footer.Properties.TryGet(NameToken.Create("Subtype"), out NameToken subtype) ? subtype.Data : null);

        // Every letter on the page is inside marked content: a real element's or an artifact.
        Assert.Equal(page.Letters.Count, marked.Sum(m => m.Letters.Count));
    }

    [Fact]
    public void The_party_handout_page_number_is_a_header_artifact_and_its_title_a_heading()
    {
        var tree = StructText.Read(sample.Output("tai-lieu-kp1-an-loc.pdf"));
        Assert.Equal("TÀI LIỆU SINH HOẠT CHI BỘ", Assert.Single(tree.Descendants(), e => e.Type == "H1").Text);
        Assert.DoesNotContain(tree.Descendants(), e => e.Text == "2");
    }

    [Fact]
    public void The_poster_reads_column_by_column_with_its_marks_as_labels()
    {
        var elements = StructText.Read(sample.Output("ap-phich-a3.pdf")).Descendants().ToList();
        var lists = elements.Where(e => e.Type == "L").ToList();
        Assert.Equal(2, lists.Count);
        Assert.Equal(Enumerable.Repeat("✓", 4), lists[0].Children.Select(li => li.Children[0].Text));
        Assert.Equal(Enumerable.Repeat("✕", 9), lists[1].Children.Select(li => li.Children[0].Text));
        Assert.Equal(HandoutPdfTests.ListLabels("9-khong.yaml"), lists[1].Children.Select(li => li.Children[1].Text));

        // Side by side on the page, one after the other for a reader: the whole "do" column first.
        var headings = elements.Where(e => e.Type == "H2").Select(e => e.Text).ToList();
        Assert.Equal(["✓ NÊN LÀM", "✕ KHÔNG NÊN LÀM"], headings);
        Assert.True(elements.IndexOf(lists[0]) < elements.FindIndex(e => e.Type == "H2" && e.Text.Contains("KHÔNG", StringComparison.Ordinal)));
    }
}
