using System.Collections.Immutable;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Layout.Text;
using MaterialsGen.Rendering;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Layout;

public class SmokeTests
{
    [Fact]
    public void Paragraph_renders_to_pdf_with_text_back()
    {
        var style = TextStyle.Default with { Size = 14 };
        var text = "Tuyệt đối tuân thủ “9 không”: Không thích (like); Không chia sẻ (share). ẨẶỖỄỚ";
        var body = new ParagraphBlock([new TextSpan(text, style, SourceSpan.None)], ParagraphStyle.Default with { Align = TextAlign.Justify });
        var section = new PageSection(new Size(595, 842), Spacing.All(56), new StackBlock([body, body with { }], 8));
        var bag = new DiagnosticBag();
        var laid = Paginator.Paginate(new LayoutDocument(new DocumentInfo("T", "A", "S", "K"), [section]), TestFonts.Library, bag);
        Assert.Empty(bag.Items);
        using var stream = new MemoryStream();
        PdfWriter.Write(laid, stream, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.WriteAllBytes("/tmp/smoke.pdf", stream.ToArray());
        using var pdf = PdfDocument.Open(stream.ToArray());
        var extracted = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("Tuyệt", extracted, StringComparison.Ordinal);
        using var png = File.Create("/tmp/smoke.png");
        RasterWriter.Write(laid.Pages[0], 595, 842, RasterFormat.Png, png);
    }
}
