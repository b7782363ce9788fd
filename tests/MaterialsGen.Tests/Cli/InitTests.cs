using System.Text.Json;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Cli;

/// <summary><c>materialsgen init</c>: a project of its own, with the tool's built-in templates and fonts, that builds as it is.</summary>
public sealed class InitTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mg-init-");

    private string Root => Path.Combine(_folder.FullName, "chi-bo");

    public void Dispose() => _folder.Delete(recursive: true);

    private static Dictionary<string, string> Inputs(string root, string output) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "output", ".materialsgen-state.json"))).RootElement
            .GetProperty(output).GetProperty("Inputs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    [Fact]
    public void A_new_project_builds_with_the_built_in_templates_and_fonts()
    {
        var (exit, output, error) = SampleProject.Run("init", Root);
        Assert.True(exit == 0, error);
        Assert.Contains("materialsgen build", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Root, "templates")));
        Assert.False(Directory.Exists(Path.Combine(Root, "fonts")));

        // Vietnamese content with a comment on each field and the schema line editors read.
        var list = File.ReadAllText(Path.Combine(Root, "data", "4-tich-cuc.yaml"));
        Assert.StartsWith("# yaml-language-server: $schema=schemas/list.schema.json\n", list, StringComparison.Ordinal);
        Assert.Contains("# Sắc thái: do (nên làm), dont (không được làm)", list, StringComparison.Ordinal);
        Assert.Contains("title: Thực hiện “4 tích cực”", list, StringComparison.Ordinal);
        Assert.Contains("# Tên cơ quan, tổ chức in ở đầu tài liệu.", File.ReadAllText(Path.Combine(Root, "data", "brand.yaml")), StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=data/schemas/materials.schema.json", File.ReadAllText(Path.Combine(Root, "materials.yaml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Root, "data", "schemas", "materials.schema.json")));
        Assert.Contains("redhat.vscode-yaml", File.ReadAllText(Path.Combine(Root, ".vscode", "extensions.json")), StringComparison.Ordinal);
        Assert.Contains("\"yaml.schemas\"", File.ReadAllText(Path.Combine(Root, ".vscode", "settings.json")), StringComparison.Ordinal);

        (exit, output, error) = SampleProject.Run("build", "--project", Root);
        Assert.True(exit == 0, output + error);
        Assert.Contains("3 built, 0 up to date, 0 failed", output, StringComparison.Ordinal);
        foreach (var file in new[] { "infographic-4-tich-cuc-portrait.png", "infographic-4-tich-cuc-square.png", "trinh-chieu-4-tich-cuc.jpg" })
        {
            Assert.True(File.Exists(Path.Combine(Root, "output", file)), file);
        }

        // What came from the tool is recorded as built in; the project's own files as themselves.
        var inputs = Inputs(Root, "output/infographic-4-tich-cuc-portrait.png");
        Assert.Contains("builtin:templates/infographic.sbn", inputs.Keys);
        Assert.Contains(inputs.Keys, k => k.StartsWith("builtin:fonts/be-vietnam-pro/", StringComparison.Ordinal));
        Assert.Contains("data/4-tich-cuc.yaml", inputs.Keys);
        Assert.Equal("nothing to do: 3 up to date", SampleProject.Run("build", "--project", Root).Out.Trim());
    }

    [Fact]
    public void Init_never_overwrites_a_file()
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "materials.yaml"), "mine");
        var (exit, _, error) = SampleProject.Run("init", Root);
        Assert.Equal(1, exit);
        Assert.Contains("chi-bo/materials.yaml: error MG0640: the file already exists", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Root, "materials.yaml")));
        Assert.False(Directory.Exists(Path.Combine(Root, "data")));
    }

    [Fact]
    public void A_template_of_the_same_name_in_the_project_overrides_the_built_in_one()
    {
        Assert.Equal(0, SampleProject.Run("init", Root).Exit);
        Assert.Equal(0, SampleProject.Run("build", "--project", Root).Exit);
        static Dictionary<string, string> Origins(string root) =>
            JsonDocument.Parse(SampleProject.Run("templates", "--json", "--project", root).Out).RootElement.EnumerateArray()
                .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("origin").GetString()!);
        Assert.All(Origins(Root).Values, o => Assert.Equal("built-in", o));

        var own = Path.Combine(Root, "templates", "infographic.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(own)!);
        File.WriteAllText(own, OwnCopy(File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "infographic.sbn"))));
        File.WriteAllText(Path.Combine(Root, "templates", "mau-rieng.sbn"), "{{## takes: list\nformats: png\nsize: square\ndescription: Mẫu riêng ##}}\n<document/>");
        var origins = Origins(Root);
        Assert.Equal("project-overrides-built-in", origins["infographic"]);
        Assert.Equal("project", origins["mau-rieng"]);
        Assert.Equal("built-in", origins["handout"]);
        Assert.Contains("của dự án, thay mẫu có sẵn", SampleProject.Run("templates", "--project", Root, "--lang", "vi").Out, StringComparison.Ordinal);

        // The editor schema learns the project's own template when the schemas are written again.
        static string SchemaText(string root) => File.ReadAllText(Path.Combine(root, "data", "schemas", "materials.schema.json"));
        Assert.DoesNotContain("\"mau-rieng\"", SchemaText(Root), StringComparison.Ordinal);
        var (schemasExit, schemasOutput, _) = SampleProject.Run("schemas", "--project", Root);
        Assert.Equal(0, schemasExit);
        Assert.Equal("wrote data/schemas/materials.schema.json", schemasOutput.Trim());
        Assert.Contains("\"mau-rieng\"", SchemaText(Root), StringComparison.Ordinal);

        var (exit, output, error) = SampleProject.Run("build", "--project", Root);
        Assert.True(exit == 0, error);
        Assert.Contains("3 built", output, StringComparison.Ordinal);
        Assert.Equal("templates/infographic.sbn", Inputs(Root, "output/infographic-4-tich-cuc-square.png").Keys.Single(k => k.EndsWith("infographic.sbn", StringComparison.Ordinal)));

        // Taking the project's copy away goes back to the built-in template, and rebuilds.
        File.Delete(own);
        (exit, output, _) = SampleProject.Run("build", "--project", Root);
        Assert.Equal(0, exit);
        Assert.Contains("3 built", output, StringComparison.Ordinal);
        Assert.Contains("builtin:templates/infographic.sbn", Inputs(Root, "output/infographic-4-tich-cuc-square.png").Keys);
    }

    /// <summary>The built-in infographic with the branch's mark on its title, so that its outputs differ from the built-in's.</summary>
    private static string OwnCopy(string builtIn)
    {
        const string title = ">{{ doc.title }}</p>";
        Assert.Contains(title, builtIn, StringComparison.Ordinal);
        return builtIn.Replace(title, ">{{ doc.title }} (bản của chi bộ)</p>", StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_sample_overrides_every_built_in_with_its_own_identical_copy()
    {
        using var project = new SampleProject();
        var templates = JsonDocument.Parse(SampleProject.Run("templates", "--json", "--project", project.Root).Out).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(templates);
        Assert.All(templates, t => Assert.Equal("project-overrides-built-in", t.GetProperty("origin").GetString()));
    }
}
