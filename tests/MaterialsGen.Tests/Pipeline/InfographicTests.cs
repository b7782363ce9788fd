using MaterialsGen.Project;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;
using SkiaSharp;

namespace MaterialsGen.Tests.Pipeline;

public sealed class InfographicTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Theory]
    [InlineData("infographic-4-tich-cuc.png")]
    [InlineData("infographic-9-khong.png")]
    public void Png_has_the_asked_size_and_is_not_blank(string file)
    {
        using var bitmap = SKBitmap.Decode(sample.Output(file));
        Assert.Equal(1080, bitmap.Width);
        Assert.Equal(1350, bitmap.Height);
        var pixels = bitmap.Pixels.Select(p => (p.Red + p.Green + p.Blue) / 3.0).ToArray();
        var mean = pixels.Average();
        var variance = pixels.Average(v => (v - mean) * (v - mean));
        Assert.True(variance > 500, $"pixel variance {variance:0} looks blank");
    }

    [Fact]
    public void Every_built_png_carries_srgb_title_organisation_source_and_the_build_date()
    {
        var pngs = Directory.EnumerateFiles(Path.Combine(sample.Root, "output"), "*.png").Order(StringComparer.Ordinal).ToList();
        Assert.True(pngs.Count >= 9, $"only {pngs.Count} PNGs built");
        foreach (var png in pngs)
        {
            var chunks = PngChunks.Read(File.ReadAllBytes(png));
            var texts = PngChunks.Texts(chunks);
            var name = Path.GetFileName(png);
            Assert.True(chunks.Exists(c => c.Type == "sRGB"), $"{name} has no sRGB chunk");
            Assert.False(string.IsNullOrWhiteSpace(texts.GetValueOrDefault("Title")), $"{name} has no title");
            Assert.Equal("Ban Tuyên giáo Tỉnh ủy Bình Phước", texts.GetValueOrDefault("Author"));
            Assert.Contains("Kỳ 3: Cán bộ, đảng viên tiên phong", texts.GetValueOrDefault("Source") ?? string.Empty, StringComparison.Ordinal);
            // materials.yaml says date: 2023-12-14.
            Assert.Equal([0x07, 0xE7, 12, 14, 0, 0, 0], chunks.Single(c => c.Type == "tIME").Data);
        }
    }

    [Theory]
    [InlineData("4-tich-cuc.yaml")]
    [InlineData("9-khong.yaml")]
    public void Every_item_label_is_drawn(string dataFile)
    {
        using var workspace = new Workspace(sample.Root);
        var entry = new ManifestEntry("t", "infographic", [ProjectPath.Parse($"data/{dataFile}")], null, [OutputFormat.Png], ["portrait"], SourceSpan.None);
        var bag = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, new OutputJob("t", entry, OutputFormat.Png, "portrait", null, "t.png"), bag);
        Assert.True(document is not null, string.Join("\n", bag.Items));
        // Runs come in drawing order; compare without spaces since a label may wrap onto two lines.
        var drawn = string.Concat(document.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Select(r => r.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        var labels = HandoutPdfTests.ListLabels(dataFile);
        Assert.True(labels.Count >= 4);
        foreach (var label in labels)
        {
            Assert.Contains(label.Replace(" ", string.Empty, StringComparison.Ordinal), drawn, StringComparison.Ordinal);
        }
    }
}
