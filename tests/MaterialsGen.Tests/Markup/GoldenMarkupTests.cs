using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;
using MaterialsGen.Templating;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Markup;

/// <summary>
/// Golden error cases for the template → markup → layout path, as Scriban keeps its own: each
/// <c>Golden/NAME.sbn</c> is rendered, bound and laid out, and its diagnostics must equal
/// <c>NAME.expected.txt</c> exactly, locations included. MATERIALSGEN_UPDATE_GOLDEN=1 rewrites them
/// (review the diff).
/// </summary>
public sealed class GoldenMarkupTests : IDisposable
{
    private static readonly string GoldenDirectory = RepoRoot.Combine("tests", "MaterialsGen.Tests", "Markup", "Golden");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mg-golden-" + Guid.NewGuid().ToString("N"));

    public GoldenMarkupTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "templates"));
        foreach (var file in Directory.EnumerateFiles(GoldenDirectory, "*.sbn"))
        {
            File.Copy(file, Path.Combine(_root, "templates", Path.GetFileName(file)));
        }
    }

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateFiles(GoldenDirectory, "*.sbn").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_expected_file(string name)
    {
        var bag = new DiagnosticBag();
        var globals = new Dictionary<string, object?> { ["doc"] = new Dictionary<string, object?> { ["title"] = "Tuyệt đối tuân thủ “9 không”" } };
        using var workspace = new Build.Workspace(_root);
        if (workspace.Templates.Render(name, globals, bag, workspace.Reader()) is { } output
            && MarkupParser.Parse(output.Markup, output.Map, bag) is { } root
            && MarkupBinder.Bind(root, bag) is { } document)
        {
            Paginator.Paginate(document, TestFonts.Library, bag);
        }

        var actual = string.Concat(bag.Items.Select(d => d + "\n"));
        var expectedPath = Path.Combine(GoldenDirectory, name + ".expected.txt");
        if (Environment.GetEnvironmentVariable("MATERIALSGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"missing {name}.expected.txt");
        Assert.NotEqual(string.Empty, actual);
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }
}
