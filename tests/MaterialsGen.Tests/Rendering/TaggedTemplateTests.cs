using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Rendering;

/// <summary>
/// The quote and solution templates, as PDFs, read like the others to a screen reader: the title a
/// heading, each quote a BlockQuote, each solution a heading over its text, the logo a figure with alt
/// text, and the big quotation marks and number discs decoration it skips.
/// </summary>
public sealed class TaggedTemplateTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private const string Logo = "Biểu trưng Ban Tuyên giáo Tỉnh ủy Bình Phước";

    [Theory]
    [InlineData("y-kien", "portrait")]
    [InlineData("y-kien", "slide")]
    [InlineData("the-trich-dan", "square")]
    [InlineData("the-trich-dan", "link")]
    public void A_quote_card_reads_as_a_block_quote_after_the_title(string template, string size)
    {
        var (bytes, diagnostics) = TemplateOutput.Pdf(RepoPaths.Root, template, ["data/y-kien-lanh-dao.yaml"], size);
        Assert.True(bytes is not null, string.Join("\n", diagnostics));
        Assert.Empty(diagnostics);
        var tree = Read(bytes);
        Assert.Empty(PdfRuleChecker.Tagging(bytes));

        var elements = tree.Descendants().ToList();
        var quote = Assert.Single(elements, e => e.Type == "BlockQuote");
        Assert.Equal(["P", "P", "P"], quote.Children.Select(c => c.Type));
        Assert.StartsWith("Nếu mỗi một cán bộ, đảng viên dùng smartphone", quote.Children[0].Text, StringComparison.Ordinal);
        Assert.Equal("Võ Văn Thưởng", quote.Children[1].Text.Trim());
        Assert.StartsWith("Ủy viên Bộ Chính trị", quote.Children[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(elements, e => e.Texts.Any(t => t.Trim() == "“"));
        Assert.Equal(Logo, Alt(bytes));
        if (template == "y-kien")
        {
            var title = Assert.Single(elements, e => e.Type == "H1");
            Assert.Equal("Ý kiến của lãnh đạo các cơ quan chức năng, các nhà khoa học", title.Text.Trim());
            Assert.True(elements.IndexOf(title) < elements.IndexOf(quote));
        }

        Assert.StartsWith("Nguồn: Ban Tuyên giáo Tỉnh ủy Bình Phước", elements.Last(e => e.Type == "P").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_solutions_poster_reads_each_solution_as_a_heading_over_its_text()
    {
        var file = sample.Output("ap-phich-giai-phap-a3.pdf");
        var elements = StructText.Read(file).Descendants().ToList();
        Assert.Equal("Giải pháp trọng tâm đối với mỗi cán bộ, đảng viên", Assert.Single(elements, e => e.Type == "H1").Text.Trim());
        var headings = elements.Where(e => e.Type == "H2").ToList();
        Assert.Equal(["Một là", "Hai là", "Ba là", "Bốn là", "Năm là"], headings.Select(h => h.Text.Split(':')[0]));
        Assert.StartsWith("Một là: Tự nâng cao nhận thức, trách nhiệm", headings[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Tự nâng cao nhận thức trách nhiệm về nhiệm vụ đấu tranh", elements[elements.IndexOf(headings[0]) + 1].Text, StringComparison.Ordinal);

        // The number discs say what "Một là" … "Năm là" already say: decoration.
        Assert.DoesNotContain(elements, e => e.Texts.Any(t => t.Trim() is "1" or "2" or "3" or "4" or "5"));
        Assert.Equal(Logo, Alt(File.ReadAllBytes(file)));
    }

    private static StructText Read(byte[] bytes)
    {
        var file = Path.Combine(Path.GetTempPath(), "materialsgen-tagged-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, bytes);
        try
        {
            return StructText.Read(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Alt(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var objects = new PdfObjects(pdf);
        var figure = Assert.Single(objects.StructureElements(), e => objects.Name(e.Element, "S") == "Figure").Element;
        return PdfObjects.Text(objects.Get(figure, "Alt"));
    }
}
