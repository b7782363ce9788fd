using MaterialsGen.Project;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Pipeline;

public sealed class TemplateSetTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Pocket_card_is_two_a6_faces_four_then_nine()
    {
        using var pdf = PdfDocument.Open(sample.Output("the-bo-tui.pdf"));
        Assert.Equal(2, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages())
        {
            // Cut to A6 from a page grown by the 3 mm bleed and the crop marks 5 mm beyond it.
            var trim = MaterialsGen.Tests.Rendering.PrintPdfTests.Box(page, "TrimBox");
            Assert.Equal(105 * 72 / 25.4, trim.Width, 0);
            Assert.Equal(148 * 72 / 25.4, trim.Height, 0);
            Assert.Equal((105 + 16) * 72 / 25.4, page.Width, 0);
        }

        Assert.Contains("4 tích cực", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.Contains("9 không", pdf.GetPage(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Do_dont_infographic_draws_every_label_of_both_lists()
    {
        using var workspace = new Workspace(sample.Root);
        var entry = new ManifestEntry("n", "nen-khong-nen", [ProjectPath.Parse("data/4-tich-cuc.yaml"), ProjectPath.Parse("data/9-khong.yaml")], null, [OutputFormat.Png], ["portrait"], SourceSpan.None);
        var bag = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, new OutputJob("n", entry, OutputFormat.Png, "portrait", null, "n.png"), bag);
        Assert.True(document is not null, string.Join("\n", bag.Items));
        var drawn = string.Concat(document.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Select(r => r.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        var labels = HandoutPdfTests.ListLabels("4-tich-cuc.yaml").Concat(HandoutPdfTests.ListLabels("9-khong.yaml")).ToList();
        Assert.Equal(13, labels.Count);
        Assert.All(labels, label => Assert.Contains(label.Replace(" ", string.Empty, StringComparison.Ordinal), drawn, StringComparison.Ordinal));
        Assert.Contains("NÊNLÀM", drawn, StringComparison.Ordinal);
        Assert.Contains("KHÔNGNÊNLÀM", drawn, StringComparison.Ordinal);
    }
}
