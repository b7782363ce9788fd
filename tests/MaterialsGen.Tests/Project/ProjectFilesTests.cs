using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Project;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Project;

public sealed class ProjectFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mg-files-" + Guid.NewGuid().ToString("N"));
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "mg-outside-" + Guid.NewGuid().ToString("N"));

    public ProjectFilesTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "templates"));
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_root, "templates", "own.sbn"), "inside");
        File.WriteAllText(Path.Combine(_outside, "secret.sbn"), "outside");
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void A_link_to_a_file_inside_is_read_and_a_link_out_of_the_project_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "templates", "alias.sbn"), Path.Combine(_root, "templates", "own.sbn"));
        File.CreateSymbolicLink(Path.Combine(_root, "templates", "out.sbn"), Path.Combine(_outside, "secret.sbn"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "templates", "linked"), _outside);
        var files = new DirectoryProjectFiles(_root);

        Assert.Equal("inside"u8.ToArray(), files.Read(ProjectPath.Parse("templates/alias.sbn"), 100).Bytes);
        Assert.Equal(FileProblem.Outside, files.Read(ProjectPath.Parse("templates/out.sbn"), 100).Problem);
        Assert.Equal(FileProblem.Outside, files.Read(ProjectPath.Parse("templates/linked/secret.sbn"), 100).Problem);
        Assert.Equal(FileProblem.NotFound, files.Read(ProjectPath.Parse("templates/none.sbn"), 100).Problem);
        Assert.Equal(FileProblem.TooLarge, files.Read(ProjectPath.Parse("templates/own.sbn"), 3).Problem);
    }

    [Fact]
    public void A_main_template_that_links_out_of_the_project_is_not_rendered()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "templates", "t.sbn"), Path.Combine(_outside, "secret.sbn"));
        using var workspace = new Workspace(_root);
        var bag = new DiagnosticBag();

        Assert.Null(workspace.Templates.Render("t", new Dictionary<string, object?>(), bag, workspace.Reader()));
        Assert.Contains(bag.Items, d => d.Code == "MG0501");
    }

    [Fact]
    public void An_include_that_climbs_out_of_templates_is_a_located_error()
    {
        File.WriteAllText(Path.Combine(_root, "templates", "t.sbn"), "a\n{{ include '../../etc/passwd' }}");
        using var workspace = new Workspace(_root);
        var bag = new DiagnosticBag();

        Assert.Null(workspace.Templates.Render("t", new Dictionary<string, object?>(), bag, workspace.Reader()));
        Assert.Equal("templates/t.sbn:2:4: error MG0503: include '../../etc/passwd' is outside the templates folder; only templates/ can be included", Assert.Single(bag.Items).ToString());
    }

    [Fact]
    public void A_whole_output_can_be_made_from_a_project_in_memory()
    {
        var files = new MemoryProjectFiles()
            .Set("templates/the.sbn", "<document><canvas width=\"300\" height=\"120\" font=\"Be Vietnam Pro\"><p size=\"20\">{{ doc.title }}</p></canvas></document>")
            .Set("data/list.yaml", "kind: list\nid: mot\ntitle: Tuyệt đối tuân thủ “9 không”\ntone: dont\nitems:\n  - text: Không thích (like) những thông tin sai trái.\n");
        foreach (var font in Directory.EnumerateFiles(RepoPaths.Fonts, "*.ttf", SearchOption.AllDirectories))
        {
            files.Set(Path.GetRelativePath(RepoPaths.Root, font), File.ReadAllBytes(font));
        }

        using var workspace = new Workspace(files);
        var entry = new ManifestEntry("m", "the", [ProjectPath.Parse("data/list.yaml")], null, [OutputFormat.Png], [], SourceSpan.None);
        var bag = new DiagnosticBag();
        var dependencies = new DependencySet();

        var document = DocumentComposer.Compose(workspace, new OutputJob("m", entry, OutputFormat.Png, null, null, "m.png"), bag, dependencies);

        Assert.True(document is not null, string.Join('\n', bag.Items));
        Assert.Contains("data/list.yaml", dependencies.Inputs.Keys);
        Assert.Contains("templates/the.sbn", dependencies.Inputs.Keys);
        Assert.Contains("fonts/", dependencies.Inputs.Keys);
    }
}
