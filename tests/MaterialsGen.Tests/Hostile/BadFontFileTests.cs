using MaterialsGen.Diagnostics;
using MaterialsGen.Project;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Hostile;

/// <summary>
/// A file in fonts/ that is not a font the tool can read (a text file named .ttf, an empty download, a
/// zip that is not one) is left out with a warning located at the file; every command and the engine
/// go on with the other fonts, and no output is lost.
/// </summary>
public sealed class BadFontFileTests
{
    internal const string Warning =
        "fonts/hong.ttf: warning MG0303: not a font file MaterialsGen can read (it is not a TrueType or OpenType font, or it is damaged), so it is left out of the fonts; replace it with a .ttf or .otf font, or remove it";

    /// <summary>Outputs of every writer: PNG, the handout as PDF and as Word file.</summary>
    private static readonly string[] Some = ["build", "--only", "infographic-4-tich-cuc,infographic-9-khong,chia-se-9-khong-*,tai-lieu-sinh-hoat"];

    private static void PutBadFont(SampleProject project) => File.WriteAllText(Path.Combine(project.Root, "fonts", "hong.ttf"), "not a font\n");

    private static Dictionary<string, byte[]> Outputs(SampleProject project) =>
        Directory.GetFiles(Path.Combine(project.Root, "output")).Where(f => !Path.GetFileName(f).StartsWith('.')).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_build_warns_once_at_the_file_and_builds_every_output_as_without_it()
    {
        using var project = new SampleProject();
        Assert.Equal(0, SampleProject.Run([.. Some, "--project", project.Root]).Exit);
        var without = Outputs(project);
        PutBadFont(project);

        var (exit, output, error) = SampleProject.Run([.. Some, "--project", project.Root, "--force"]);

        Assert.True(exit == 0, error);
        Assert.Equal([Warning], Lines(error));
        Assert.Contains("7 built, 0 up to date, 0 failed", output, StringComparison.Ordinal);
        Assert.Equal(without, Outputs(project));
    }

    [Fact]
    public void Replacing_the_file_with_a_font_builds_again_the_outputs_it_warned_and_the_warning_is_gone()
    {
        using var project = new SampleProject();
        PutBadFont(project);
        Assert.Equal([Warning], Lines(SampleProject.Run([.. Some, "--project", project.Root]).Error));

        File.Copy(Path.Combine(RepoPaths.Fonts, "tinos", "Tinos-Regular.ttf"), Path.Combine(project.Root, "fonts", "hong.ttf"), overwrite: true);
        var (exit, output, error) = SampleProject.Run([.. Some, "--project", project.Root]);

        Assert.True(exit == 0, error);
        Assert.Empty(error);
        Assert.Contains("7 built, 0 up to date, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_font_file_is_reported_as_empty()
    {
        using var project = new SampleProject();
        File.WriteAllBytes(Path.Combine(project.Root, "fonts", "hong.ttf"), []);
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "infographic-4-tich-cuc");
        Assert.True(exit == 0, error);
        Assert.Equal(["fonts/hong.ttf: warning MG0303: not a font file MaterialsGen can read (the file is empty), so it is left out of the fonts; replace it with a .ttf or .otf font, or remove it"], Lines(error));
    }

    [Fact]
    public void A_font_file_that_links_out_of_the_project_is_left_out_and_said_so()
    {
        using var project = new SampleProject();
        var outside = Path.Combine(Path.GetTempPath(), "materialsgen-outside-" + Guid.NewGuid().ToString("N") + ".ttf");
        File.Copy(Path.Combine(RepoPaths.Fonts, "tinos", "Tinos-Regular.ttf"), outside);
        try
        {
            File.CreateSymbolicLink(Path.Combine(project.Root, "fonts", "hong.ttf"), outside);
            var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "infographic-4-tich-cuc");
            Assert.True(exit == 0, error);
            Assert.Equal(["fonts/hong.ttf: warning MG0303: not a font file MaterialsGen can read (the file links outside the project folder), so it is left out of the fonts; replace it with a .ttf or .otf font, or remove it"], Lines(error));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Check_counts_the_warning_once_and_passes()
    {
        using var project = new SampleProject();
        PutBadFont(project);
        var (exit, output, error) = SampleProject.Run("check", "--project", project.Root);
        Assert.True(exit == 0, error);
        Assert.Equal([Warning], Lines(error));
        Assert.Contains("0 errors, 1 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_warns_and_writes_the_file()
    {
        using var project = new SampleProject();
        PutBadFont(project);
        var target = Path.Combine(project.Root, "out.png");
        var (exit, output, error) = SampleProject.Run(
            "render", "--project", project.Root, "--template", "infographic", "--data", Path.Combine(project.Root, "data", "4-tich-cuc.yaml"), "--size", "square", "-o", target);
        Assert.True(exit == 0, error);
        Assert.Equal([Warning], Lines(error));
        Assert.Contains("built", output, StringComparison.Ordinal);
        Assert.True(new FileInfo(target).Length > 0);
    }

    [Fact]
    public void The_engine_returns_the_warning_with_its_document()
    {
        var files = new MemoryProjectFiles()
            .Set("templates/the.sbn", "<document><canvas width=\"400\" height=\"120\" font=\"Be Vietnam Pro\"><p size=\"20\">{{ doc.title }}</p></canvas></document>")
            .Set("data/list.yaml", "kind: list\nid: mot\ntitle: Thực hiện tốt “4 tích cực”\ntone: do\nitems:\n  - text: Tích cực chia sẻ thông tin tích cực.\n")
            .Set("fonts/hong.ttf", "not a font\n")
            .Set("fonts/emoji/twemoji.zip", "not a zip\n");
        using var engine = new MaterialsEngine(files);
        using var output = new MemoryStream();

        var result = engine.Render(new RenderRequest("the", ["data/list.yaml"]) { Format = OutputFormat.Png }, output);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(output.Length > 0);
        Assert.Equal(
            [
                "fonts/emoji/twemoji.zip: warning MG0303: not a zip of emoji SVGs MaterialsGen can read (it cannot be read as a zip: " + ZipProblem().TrimEnd('.') + "), so the project has no emoji set; replace it with a zip of emoji SVGs such as Twemoji's, or remove it",
                Warning,
            ],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("fonts/hong.ttf", result.Inputs);
    }

    /// <summary>What .NET says of bytes that are not a zip (its words, not ours).</summary>
    private static string ZipProblem()
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream("not a zip\n"u8.ToArray()));
            throw new InvalidOperationException("read as a zip");
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }
}
