using MaterialsGen.Project;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Rendering;
using MaterialsGen.Tests.Support;
using SkiaSharp;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>
/// Every template rendered from the sample content, against a reviewed reference image in
/// tests/MaterialsGen.Tests/Reference. On a mismatch the actual image is written beside the reference
/// (<c>NAME.actual.png</c>) to look at; after reviewing a deliberate change, rerun with
/// MATERIALSGEN_UPDATE_REFERENCES=1 to replace the references.
/// </summary>
public class ReferenceImageTests
{
    private static readonly string[] Lists = ["data/4-tich-cuc.yaml", "data/9-khong.yaml"];

    public static TheoryData<string, string, string[], string, int> Cases() => new()
    {
        { "infographic-9-khong-portrait", "infographic", ["data/9-khong.yaml"], "portrait", 1 },
        { "infographic-4-tich-cuc-link", "infographic", ["data/4-tich-cuc.yaml"], "link", 1 },
        { "infographic-4-tich-cuc-square", "infographic", ["data/4-tich-cuc.yaml"], "square", 1 },
        { "infographic-9-khong-a4", "infographic", ["data/9-khong.yaml"], "a4", 1 },
        { "nen-khong-nen-portrait", "nen-khong-nen", Lists, "portrait", 1 },
        { "the-bo-tui-back", "the-bo-tui", Lists, "a6", 2 },
        { "y-kien-portrait", "y-kien", ["data/y-kien-lanh-dao.yaml"], "portrait", 1 },
        { "the-trich-dan-square", "the-trich-dan", ["data/y-kien-lanh-dao.yaml"], "square", 1 },
        { "giai-phap-portrait", "giai-phap", ["data/giai-phap.yaml", .. Lists], "portrait", 1 },
        { "giai-phap-a3", "giai-phap", ["data/giai-phap.yaml", .. Lists], "a3", 1 },
        { "handout-page-1", "handout", ["data/bai-viet.yaml", "data/giai-phap.yaml", "data/4-tich-cuc.yaml", "data/9-khong.yaml", "data/van-ban.yaml"], "a4", 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Template_matches_its_reference_image(string name, string template, string[] data, string size, int page)
    {
        using var workspace = new Workspace(RepoPaths.Root);
        var entry = new ManifestEntry(name, template, [.. data.Select(ProjectPath.Parse)], null, [OutputFormat.Png], [size], SourceSpan.None);
        var bag = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, new OutputJob(name, entry, OutputFormat.Png, size, null, name + ".png"), bag);
        Assert.True(document is not null, string.Join("\n", bag.Items));
        var frame = document.Pages[page - 1];
        using var image = RasterWriter.Render(frame, (int)MathF.Round(frame.Size.Width), (int)MathF.Round(frame.Size.Height));
        using var actual = SKBitmap.FromImage(image);

        var folder = Path.Combine(RepoPaths.Root, "tests", "MaterialsGen.Tests", "Reference");
        var expectedPath = Path.Combine(folder, name + ".png");
        var actualPath = Path.Combine(folder, name + ".actual.png");
        if (Environment.GetEnvironmentVariable("MATERIALSGEN_UPDATE_REFERENCES") == "1" || !File.Exists(expectedPath) && Environment.GetEnvironmentVariable("CI") is null)
        {
            Save(actual, expectedPath);
        }

        Assert.True(File.Exists(expectedPath), $"no reference image {expectedPath}; create it with MATERIALSGEN_UPDATE_REFERENCES=1 and review it");
        using var expected = SKBitmap.Decode(expectedPath);
        var difference = ImageComparison.Difference(expected, actual);
        if (difference > ImageComparison.PixelTolerance)
        {
            Save(actual, actualPath);
        }
        else if (File.Exists(actualPath))
        {
            File.Delete(actualPath);
        }

        Assert.True(difference <= ImageComparison.PixelTolerance, $"{name}: {difference:P3} of pixels differ from the reference; see {actualPath}");
    }

    private static void Save(SKBitmap bitmap, string path)
    {
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var stream = File.Create(path);
        data.SaveTo(stream);
    }
}
