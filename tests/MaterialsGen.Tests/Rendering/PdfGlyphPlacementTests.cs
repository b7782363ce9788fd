using MaterialsGen.Project;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Rendering;

/// <summary>
/// The PDF writer and the raster painter draw the same frames. Text is where they could drift apart
/// (the PDF moves by font advances plus adjustments, the raster draws absolute positions), so every
/// glyph PdfPig reads back from the PDF must sit where the layout put it, which is where the PNG draws it.
/// </summary>
public sealed class PdfGlyphPlacementTests
{
    [Theory]
    [InlineData("handout", "a4")]
    [InlineData("handout-chi-bo", "a4")]
    [InlineData("the-bo-tui", "a6")]
    public void Every_glyph_lands_where_the_layout_put_it(string template, string size)
    {
        using var workspace = new Workspace(RepoPaths.Root);
        string[] data = ["data/bai-viet.yaml", "data/giai-phap.yaml", "data/4-tich-cuc.yaml", "data/9-khong.yaml", "data/van-ban.yaml"];
        var record = new Dictionary<string, object?>
        {
            ["id"] = "kp5", ["branch"] = "Chi bộ khu phố 5", ["parent"] = "Đảng bộ phường Tiến Thành",
            ["place"] = "Đồng Xoài", ["meeting_date"] = "2024-01-10", ["secretary"] = "Nguyễn Văn A",
        };
        var entry = new ManifestEntry(template, template, [.. data.Select(ProjectPath.Parse)], null, [OutputFormat.Pdf], [size], SourceSpan.None);
        var bag = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, new OutputJob(template, entry, OutputFormat.Pdf, size, record, template + ".pdf"), bag);
        Assert.True(document is not null, string.Join("\n", bag.Items));

        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, DateTime.UnixEpoch);
        using var pdf = PdfDocument.Open(stream.ToArray());
        var glyphs = 0;
        for (var i = 0; i < document.Pages.Length; i++)
        {
            var height = document.Pages[i].Size.Height;
            var expected = document.Pages[i].Frame.Flatten()
                .Where(f => f.Item is GlyphRunItem)
                .SelectMany(f =>
                {
                    var run = (GlyphRunItem)f.Item;
                    return run.Glyphs.Select((_, g) => (X: f.Offset.X + run.Origin.X + run.X[g], Y: height - (f.Offset.Y + run.Origin.Y + run.Y[g])));
                })
                .ToList();
            var letters = pdf.GetPage(i + 1).Letters;
            Assert.Equal(expected.Count, letters.Count);
            for (var g = 0; g < expected.Count; g++)
            {
                var at = letters[g].StartBaseLine;
                Assert.True(
                    Math.Abs(at.X - expected[g].X) < 0.01 && Math.Abs(at.Y - expected[g].Y) < 0.01,
                    $"page {i + 1} glyph {g} ('{letters[g].Value}') is at ({at.X:0.###}, {at.Y:0.###}), the layout put it at ({expected[g].X:0.###}, {expected[g].Y:0.###})");
            }

            glyphs += expected.Count;
        }

        Assert.True(glyphs > 500, $"only {glyphs} glyphs checked");
    }
}
