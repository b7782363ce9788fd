using System.Text.Json;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Project;

/// <summary>
/// An output rebuilds exactly when a file it read changed. The expected outputs come from an oracle that
/// does not use the recorded dependencies: it lays every output out again and looks at what its frames
/// draw (an image, a face), or at which template it uses.
/// </summary>
public sealed class RecordedDependencyTests
{
    private static string[] Built(string output) =>
        [.. output.Split('\n').Where(l => l.StartsWith("built ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal)];

    /// <summary>The outputs of the project whose laid-out pages satisfy <paramref name="draws"/>; a Word file's are the pages a PDF of it has.</summary>
    private static string[] OutputsWhose(string root, Func<OutputJob, LaidOutDocument, bool> draws)
    {
        using var workspace = new Workspace(root);
        return [.. PlannedOutputs.Jobs(workspace, root)
            .Where(job => DocumentComposer.Compose(workspace, job, new DiagnosticBag(), drawn: true) is { } document && draws(job, document))
            .Select(job => job.RelativePath)
            .Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<FrameItem> Items(LaidOutDocument document) => document.Pages.SelectMany(p => p.Frame.Flatten()).Select(i => i.Item);

    private static bool DrawsImage(LaidOutDocument document, string path) => Items(document).OfType<ImageItem>().Any(i => i.Image.Name == path);

    private static void Append(string path, string text) => File.AppendAllText(path, text);

    [Fact]
    public void A_logo_anywhere_in_the_project_rebuilds_exactly_the_outputs_that_draw_it()
    {
        using var project = new SampleProject();
        Directory.CreateDirectory(Path.Combine(project.Root, "assets"));
        File.Copy(Path.Combine(project.Root, "templates", "images", "logo.svg"), Path.Combine(project.Root, "assets", "logo.svg"));
        SampleProject.Edit(Path.Combine(project.Root, "data", "brand.yaml"), "logo: templates/images/logo.svg", "logo: assets/logo.svg");
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root).Exit);
        var expected = OutputsWhose(project.Root, (_, d) => DrawsImage(d, "assets/logo.svg"));
        Assert.NotEmpty(expected);

        SampleProject.Edit(Path.Combine(project.Root, "assets", "logo.svg"), "</svg>", "<!-- sửa --></svg>");
        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root);

        Assert.True(exit == 0, error);
        Assert.Equal(expected, Built(output));
    }

    [Fact]
    public void An_include_of_any_name_rebuilds_exactly_the_outputs_of_the_templates_that_include_it()
    {
        using var project = new SampleProject();
        var parts = Path.Combine(project.Root, "templates", "phan");
        Directory.CreateDirectory(parts);
        File.WriteAllText(Path.Combine(parts, "chu-thich.sbn"), "<p size=\"6\">Tài liệu sinh hoạt chi bộ</p>\n");
        var card = Path.Combine(project.Root, "templates", "the-bo-tui.sbn");
        var text = File.ReadAllText(card);
        var end = text.IndexOf("  </canvas>", StringComparison.Ordinal);
        File.WriteAllText(card, text[..end] + "{{ include 'phan/chu-thich' }}\n" + text[end..]);
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root).Exit);
        var expected = OutputsWhose(project.Root, (job, _) => job.Entry.Template == "the-bo-tui");

        SampleProject.Edit(Path.Combine(parts, "chu-thich.sbn"), "Tài liệu", "Tài liệu tham khảo");
        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root);

        Assert.True(exit == 0, error);
        Assert.Equal(expected, Built(output));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public void An_icon_named_in_content_rebuilds_exactly_the_outputs_that_draw_it()
    {
        using var project = new SampleProject();
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root).Exit);
        const string icon = "templates/images/icons/like.svg";
        var expected = OutputsWhose(project.Root, (_, d) => DrawsImage(d, icon));
        Assert.NotEmpty(expected);

        SampleProject.Edit(Path.Combine(project.Root, icon), "</svg>", "<!-- sửa --></svg>");
        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root);

        Assert.True(exit == 0, error);
        Assert.Equal(expected, Built(output));
    }

    [Fact]
    public void A_font_file_rebuilds_exactly_the_outputs_that_draw_with_it()
    {
        using var project = new SampleProject();
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root).Exit);
        const string face = "fonts/tinos/Tinos-Bold.ttf";
        var expected = OutputsWhose(project.Root, (_, d) => Items(d).OfType<GlyphRunItem>().Any(g => g.Face.Path == face));
        Assert.NotEmpty(expected);

        // Bytes after the last table change the file but not a glyph.
        Append(Path.Combine(project.Root, face), "\0\0\0\0");
        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root);

        Assert.True(exit == 0, error);
        Assert.Equal(expected, Built(output));
        Assert.True(expected.Length < OutputsWhose(project.Root, (_, _) => true).Length, "some outputs never draw with Tinos Bold");
    }

    [Fact]
    public void A_new_font_file_rebuilds_every_output_because_it_can_change_what_a_family_resolves_to()
    {
        using var project = new SampleProject();
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root).Exit);
        File.Copy(Path.Combine(project.Root, "fonts", "tinos", "Tinos-Bold.ttf"), Path.Combine(project.Root, "fonts", "Tinos-Copy.ttf"));
        var all = OutputsWhose(project.Root, (_, _) => true);

        var (_, output, _) = SampleProject.Run("build", "--project", project.Root);

        Assert.Equal(all, Built(output));
    }

    [Fact]
    public void Creating_a_brand_file_that_was_missing_rebuilds_the_outputs_that_looked_for_it()
    {
        using var project = new SampleProject();
        var brand = Path.Combine(project.Root, "data", "brand.yaml");
        var saved = File.ReadAllText(brand);
        File.Delete(brand);
        SampleProject.Run("build", "--project", project.Root);
        File.WriteAllText(brand, saved);

        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root);

        Assert.True(exit == 0, error);
        Assert.Equal(OutputsWhose(project.Root, (_, _) => true), Built(output));
    }

    [Fact]
    public void Manifest_out_lists_every_file_each_output_read()
    {
        using var project = new SampleProject();
        var report = Path.Combine(project.Root, "report.json");
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root, "--manifest-out", report).Exit);

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var inputs = json.RootElement.EnumerateArray().ToDictionary(
            e => e.GetProperty("path").GetString()!,
            e => e.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()!).ToList());

        Assert.Equal(
            ["data/4-tich-cuc.yaml", "data/brand.yaml", "fonts/be-vietnam-pro/BeVietnamPro_400Regular.ttf", "materials.yaml", "templates/_nguon.sbn", "templates/images/icons/comment.svg", "templates/images/logo.svg", "templates/infographic.sbn"],
            inputs["output/infographic-4-tich-cuc.png"].Where(i => !i.StartsWith("fonts/", StringComparison.Ordinal) || i.EndsWith("400Regular.ttf", StringComparison.Ordinal)).Where(i => !i.StartsWith("templates/images/icons/", StringComparison.Ordinal) || i.EndsWith("comment.svg", StringComparison.Ordinal)));
        Assert.Contains("data/branches.csv", inputs["output/tai-lieu-kp5-tien-thanh.pdf"]);
        Assert.Contains("fonts/tinos/Tinos-Regular.ttf", inputs["output/tai-lieu-kp5-tien-thanh.pdf"]);

        // A second build reports the same inputs for outputs that were up to date.
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root, "--manifest-out", report).Exit);
        using var again = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(
            inputs["output/infographic-4-tich-cuc.png"],
            again.RootElement.EnumerateArray().Single(e => e.GetProperty("path").GetString() == "output/infographic-4-tich-cuc.png").GetProperty("inputs").EnumerateArray().Select(i => i.GetString()!));
    }
}
