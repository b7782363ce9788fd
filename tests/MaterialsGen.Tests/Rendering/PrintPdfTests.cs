using System.Text.RegularExpressions;
using MaterialsGen.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace MaterialsGen.Tests.Rendering;

/// <summary>What a press and a print shop need: black ink only for black, brand inks, cut and bleed boxes, exact sheets, duplex hints.</summary>
public sealed class PrintPdfTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private const double Mm = 72 / 25.4;

    [Fact]
    public void Black_and_greys_are_black_ink_only()
    {
        var content = PageContent("tai-lieu-kp1-an-loc.pdf");
        Assert.Contains("0 g ", content, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"(^|\s)0 0 0 (rg|RG)\s"), content);

        // Greys too (the handout's rules and footer): no RGB triple with three equal parts is left.
        var handout = PageContent("tai-lieu-sinh-hoat.pdf");
        Assert.DoesNotMatch(new Regex(@"(^|\s)([\d.]+) \2 \2 (rg|RG)\s"), handout);
    }

    [Fact]
    public void Brand_colours_print_in_the_inks_brand_yaml_gives_except_in_pdf_a()
    {
        // brand.yaml: primary #B3261E is "0 79 83 30" in print.
        Assert.Contains("0 0.79 0.83 0.3 k", PageContent("tai-lieu-sinh-hoat.pdf"), StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\s[kK]\s"), PageContent("tai-lieu-kp1-an-loc.pdf"));
    }

    [Fact]
    public void Every_page_of_every_pdf_has_a_trim_box_inside_its_media_box()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(sample.Root, "output"), "*.pdf"))
        {
            using var pdf = PdfDocument.Open(file);
            foreach (var page in pdf.GetPages())
            {
                var trim = Box(page, "TrimBox");
                Assert.True(trim.Left >= 0 && trim.Bottom >= 0 && trim.Right <= page.Width + 0.01 && trim.Top <= page.Height + 0.01, file);
            }
        }
    }

    [Fact]
    public void Booklet_sheets_are_exactly_a4_with_the_a5_pages_meeting_at_the_fold()
    {
        using var pdf = PdfDocument.Open(sample.Output("so-tay-a5-in-tren-a4.pdf"));
        var objects = new PdfObjects(pdf);
        Assert.Equal("DuplexFlipShortEdge", objects.Name(objects.Dictionary(objects.Catalog, "ViewerPreferences")!, "Duplex"));
        var fold = 297 * Mm / 2;
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(297 * Mm, page.Width, 2);
            Assert.Equal(210 * Mm, page.Height, 2);
        }

        // Sheet 1 outside is [last page | page 1]: page 1's title block starts on the fold plus its 25 mm margin.
        var first = pdf.GetPage(1).Letters.Where(l => l.BoundingBox.Left > fold).Min(l => l.BoundingBox.Left);
        Assert.InRange(first - fold, (25 * Mm) - 1, (25 * Mm) + 20);
    }

    [Theory]
    [InlineData("ap-phich-a3.pdf")]
    [InlineData("ap-phich-giai-phap-a3.pdf")]
    public void The_posters_bleed_3_mm_past_their_cut_with_crop_marks_outside(string name)
    {
        var file = sample.Output(name);
        using (var pdf = PdfDocument.Open(file))
        {
            var page = pdf.GetPage(1);
            var trim = Box(page, "TrimBox");
            var bleed = Box(page, "BleedBox");
            Assert.Equal(297 * Mm, trim.Width, 2);
            Assert.Equal(420 * Mm, trim.Height, 2);
            Assert.Equal(8 * Mm, trim.Left, 2);
            Assert.Equal(3 * Mm, trim.Left - bleed.Left, 2);
            Assert.Equal((297 + 16) * Mm, page.Width, 2);
        }

        // Drawn by poppler at 5 px/mm: the paper colour reaches into the bleed, white beyond it, marks at the corners.
        using (var edge = Render(file, 0, 1000, 60, 10))
        {
            var paper = edge.GetPixel(30, 5);
            Assert.True(paper.Red > 240 && paper.Blue < 250 && paper.Blue > 230, $"bleed area is {paper}");
            Assert.Equal(SKColors.White, edge.GetPixel(15, 5));
        }

        using var corner = Render(file, 0, 0, 60, 60);
        Assert.True(Enumerable.Range(38, 5).Min(y => corner.GetPixel(5, y).Red) < 200, "no crop mark at the top-left corner");
        Assert.Equal(SKColors.White, corner.GetPixel(15, 15));
    }

    [Fact]
    public void The_pocket_card_goes_four_to_an_a4_sheet_with_cut_marks()
    {
        using var pdf = PdfDocument.Open(sample.Output("the-bo-tui-4-the-tren-a4.pdf"));
        var objects = new PdfObjects(pdf);
        Assert.Equal("DuplexFlipLongEdge", objects.Name(objects.Dictionary(objects.Catalog, "ViewerPreferences")!, "Duplex"));
        Assert.Equal(2, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(210 * Mm, page.Width, 2);
            Assert.Equal(297 * Mm, page.Height, 2);
        }

        Assert.Equal(4, Regex.Count(pdf.GetPage(1).Text, "Thực hiện"));
        Assert.Equal(4, Regex.Count(pdf.GetPage(2).Text, "Tuyệt đối tuân thủ"));

        // The copies are artifacts: a reader hears each face once.
        var tree = StructText.Read(sample.Output("the-bo-tui-4-the-tren-a4.pdf"));
        Assert.Single(tree.Descendants(), e => e.Type == "H1" && e.Text.StartsWith("Thực hiện", StringComparison.Ordinal));

        // Cut marks: the middle cut line shows at the top edge of the sheet.
        using var top = Render(sample.Output("the-bo-tui-4-the-tren-a4.pdf"), 500, 0, 50, 30);
        Assert.True(Enumerable.Range(22, 6).Min(x => top.GetPixel(x, 10).Red) < 200, "no cut mark on the middle line");
    }

    /// <summary>The content streams of every page, decoded and joined: the operators the pages draw with.</summary>
    private string PageContent(string name)
    {
        using var pdf = PdfDocument.Open(sample.Output(name));
        var objects = new PdfObjects(pdf);
        return string.Concat(objects.Pages().Select(page => System.Text.Encoding.Latin1.GetString(PdfObjects.Decode((StreamToken)objects.Get(page, "Contents")!))));
    }

    internal static UglyToad.PdfPig.Core.PdfRectangle Box(Page page, string name)
    {
        var values = ((ArrayToken)page.Dictionary.Data[name]).Data.Select(t => ((NumericToken)t).Double).ToArray();
        return new UglyToad.PdfPig.Core.PdfRectangle(values[0], values[1], values[2], values[3]);
    }

    /// <summary>A piece of page 1 as poppler draws it at 127 dpi (5 pixels a millimetre), in pixels from the top-left.</summary>
    private static SKBitmap Render(string pdf, int x, int y, int width, int height)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "materialsgen-print-" + Guid.NewGuid().ToString("N"));
        string[] crop = ["-x", $"{x}", "-y", $"{y}", "-W", $"{width}", "-H", $"{height}"];
        var (exit, _, error) = ExternalTool.Call("pdftoppm", ["-png", "-r", "127", "-f", "1", "-l", "1", "-singlefile", .. crop, pdf, prefix]);
        Assert.True(exit == 0, error);
        try
        {
            return SKBitmap.Decode(prefix + ".png");
        }
        finally
        {
            File.Delete(prefix + ".png");
        }
    }
}
