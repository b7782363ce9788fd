using System.Globalization;
using System.Text;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Project;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>
/// The list infographic at every size for every list length from 3 to 15 items (the sample's own items,
/// “9 không” then “4 tích cực”, repeated as needed): it fills its canvas with no empty band, keeps the
/// legibility floor of social images, never clips, and draws every label.
/// </summary>
public sealed class ListTemplateSizeTests(ListTemplateSizeTests.Lists lists) : IClassFixture<ListTemplateSizeTests.Lists>
{
    /// <summary>The share of the canvas height the ink must span, and the tallest empty band allowed.</summary>
    private const double MinCoverage = 0.8;
    private const double MaxGap = 0.08;

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var size in new[] { "portrait", "square", "link", "slide", "a4", "a3" })
        {
            for (var count = 3; count <= 15; count++)
            {
                data.Add(count, size);
            }
        }

        return data;
    }

    /// <summary>20 px on the 1200×630 link image, 22 px at 1080 wide (and on the slide); print has none.</summary>
    internal static float Floor(string size) => size switch
    {
        "link" => 20,
        "portrait" or "square" or "slide" => 22,
        _ => 0,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_list_of_any_length_fills_its_canvas_legibly_without_clipping(int count, string size)
    {
        var (page, labels) = lists.Compose(count, size, Format(size));
        CheckFilledAndLegible(page, size, labels, $"{count} items, {size}");
    }

    [Theory]
    [InlineData("portrait")]
    [InlineData("a4")]
    [InlineData("a3")]
    public void The_do_and_dont_infographic_fills_its_canvas_legibly(string size)
    {
        var page = lists.Compose("nen-khong-nen", ["data/4-tich-cuc.yaml", "data/9-khong.yaml"], size, Format(size));
        CheckFilledAndLegible(page, size, ["Tích cực bình luận (comment)", "Không tán phát bài viết, phim, ảnh sai quy định"], $"nen-khong-nen, {size}");
    }

    private static OutputFormat Format(string size) => size.StartsWith('a') ? OutputFormat.Pdf : OutputFormat.Png;

    /// <summary>Coverage and balance from the frames, the size floor, nothing outside the canvas, every label drawn.</summary>
    private static void CheckFilledAndLegible(PageFrame page, string size, IEnumerable<string> labels, string what)
    {
        var ink = InkCoverage.Measure(page);
        Assert.True(ink.Coverage >= MinCoverage, $"{what}: {ink}");
        Assert.True(ink.GapShare <= MaxGap, $"{what}: {ink}");

        var runs = page.Frame.Flatten().Where(x => x.Item is GlyphRunItem).Select(x => (x.Offset, Run: (GlyphRunItem)x.Item)).ToList();
        var smallest = runs.MinBy(r => r.Run.Size).Run;
        Assert.True(smallest.Size >= Floor(size) - 0.01f, $"{what}: text of {smallest.Size:0.#} px under the floor of {Floor(size)} px: '{smallest.Text}'");
        foreach (var (offset, run) in runs)
        {
            Assert.InRange(offset.X + run.Origin.X, 0, page.Size.Width);
            Assert.InRange(offset.X + run.Origin.X + run.Width, 0, page.Size.Width + 0.5f);
            Assert.InRange(offset.Y + run.Origin.Y, 0, page.Size.Height);
        }

        var drawn = string.Concat(runs.Select(r => r.Run.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var label in labels)
        {
            Assert.Contains(label.Replace(" ", string.Empty, StringComparison.Ordinal), drawn, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("a4")]
    [InlineData("a3")]
    public void Print_sizes_are_vector_pdfs(string size)
    {
        var (page, _) = lists.Compose(9, size, OutputFormat.Pdf);
        using var stream = new MemoryStream();
        PdfWriter.Write(new LaidOutDocument(new DocumentInfo("t", "a", "s", "k", "vi"), [page]), stream, DateTime.UnixEpoch);
        using var pdf = PdfDocument.Open(stream.ToArray());
        var printed = pdf.GetPage(1);
        Assert.Equal(page.Size.Width, (float)printed.Width, 1);
        Assert.Empty(printed.GetImages());
        Assert.Contains("Không để lộ thông tin bí mật", string.Concat(printed.Letters.Select(l => l.Value)), StringComparison.Ordinal);
    }

    /// <summary>The sample project with lists of 3 to 15 items written once, and one workspace for every case.</summary>
    public sealed class Lists : IDisposable
    {
        private readonly SampleProject _project = new();
        private readonly Workspace _workspace;
        private readonly Dictionary<int, List<string>> _labels = [];

        public Lists()
        {
            var items = Items("9-khong.yaml").Concat(Items("4-tich-cuc.yaml")).ToList();
            var source = File.ReadAllText(Path.Combine(_project.Root, "data", "9-khong.yaml"));
            var header = source[..source.IndexOf("items:", StringComparison.Ordinal)];
            var footer = source[source.IndexOf("source:", StringComparison.Ordinal)..];
            for (var count = 3; count <= 15; count++)
            {
                var chosen = Enumerable.Range(0, count).Select(i => items[i % items.Count]).ToList();
                var yaml = new StringBuilder(header.Replace("id: 9-khong", string.Create(CultureInfo.InvariantCulture, $"id: thu-{count}"), StringComparison.Ordinal))
                    .Append("items:\n").AppendJoin(string.Empty, chosen.Select(c => c.Yaml)).Append(footer);
                File.WriteAllText(Path.Combine(_project.Root, "data", string.Create(CultureInfo.InvariantCulture, $"thu-{count}.yaml")), yaml.ToString());
                _labels[count] = [.. chosen.Select(c => c.Label)];
            }

            _workspace = new Workspace(_project.Root);
        }

        internal (PageFrame Page, List<string> Labels) Compose(int count, string size, OutputFormat format) =>
            (Compose("infographic", [string.Create(CultureInfo.InvariantCulture, $"data/thu-{count}.yaml")], size, format), _labels[count]);

        internal PageFrame Compose(string template, string[] data, string size, OutputFormat format)
        {
            var entry = new ManifestEntry("thu", template, [.. data.Select(ProjectPath.Parse)], null, [format], [size], SourceSpan.None);
            var bag = new DiagnosticBag();
            var document = DocumentComposer.Compose(_workspace, new OutputJob("thu", entry, format, size, null, "thu"), bag);
            Assert.True(document is not null, $"{template} {string.Join(", ", data)}, {size}: " + string.Join("\n", bag.Items));
            Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Warning);
            return Assert.Single(document.Pages);
        }

        public void Dispose()
        {
            _workspace.Dispose();
            _project.Dispose();
        }

        /// <summary>The items of a list file as YAML chunks ("  - label: …" up to the next item) with their labels.</summary>
        private List<(string Yaml, string Label)> Items(string file)
        {
            var text = File.ReadAllText(Path.Combine(_project.Root, "data", file));
            var block = text[(text.IndexOf("items:\n", StringComparison.Ordinal) + "items:\n".Length)..text.IndexOf("source:", StringComparison.Ordinal)];
            return [.. block.Split("  - label: ", StringSplitOptions.RemoveEmptyEntries).Select(chunk => ("  - label: " + chunk, chunk[..chunk.IndexOf('\n', StringComparison.Ordinal)].Trim()))];
        }
    }
}
