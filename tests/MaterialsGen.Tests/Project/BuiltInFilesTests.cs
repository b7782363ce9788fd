using MaterialsGen.Build;
using MaterialsGen.Project;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Project;

/// <summary>The tool's own templates and fonts as a layer under every project, read through the same boundary.</summary>
public sealed class BuiltInFilesTests
{
    private static readonly ProjectPath Infographic = ProjectPath.Parse("templates/infographic.sbn");
    private static readonly string[] BuiltInFolders = ["templates", "fonts"];

    [Fact]
    public void The_built_ins_are_the_repository_templates_and_fonts_byte_for_byte()
    {
        var expected = BuiltInFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => f != "templates/README.md")
            .Order(StringComparer.Ordinal)
            .ToList();
        var builtIns = BuiltInProjectFiles.Instance;
        Assert.Equal(expected, builtIns.All.Select(p => p.Value));
        foreach (var path in builtIns.All)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, path.Value)), builtIns.Read(path, long.MaxValue).Bytes);
            Assert.Equal(new FileInfo(Path.Combine(RepoPaths.Root, path.Value)).Length, builtIns.Stamp(path)!.Value.Length);
        }

        Assert.Contains(ProjectPath.Parse("templates/images/icons/like.svg"), builtIns.List(ProjectPath.Parse("templates")));
        Assert.Equal(FileProblem.TooLarge, builtIns.Read(Infographic, 10).Problem);
    }

    [Fact]
    public void The_project_comes_first_and_the_built_ins_fill_in_what_it_lacks()
    {
        var project = new MemoryProjectFiles().Set("templates/infographic.sbn", "mine").Set("data/x.yaml", "kind: list");
        var layered = new LayeredProjectFiles(project, BuiltInProjectFiles.Instance);
        Assert.Equal("mine"u8.ToArray(), layered.Read(Infographic, 100).Bytes);
        Assert.False(layered.IsBuiltIn(Infographic));
        Assert.True(layered.IsBuiltIn(ProjectPath.Parse("templates/handout.sbn")));
        Assert.False(layered.IsBuiltIn(ProjectPath.Parse("data/x.yaml")));
        Assert.Equal(FileProblem.NotFound, layered.Read(ProjectPath.Parse("data/missing.yaml"), 100).Problem);
        var templates = layered.List(ProjectPath.Parse("templates"));
        Assert.Single(templates, p => p == Infographic);
        Assert.Contains(ProjectPath.Parse("templates/handout-chi-bo.sbn"), templates);

        // A file the user names outside the project is that file or nothing, never a built-in one.
        var outside = ProjectPath.FromCommandLine("/nonexistent/templates/infographic.sbn", "/project");
        Assert.Null(layered.Stamp(outside));
    }

    [Fact]
    public void A_session_has_the_built_ins_unless_made_without_them()
    {
        var files = new MemoryProjectFiles();
        using var with = new Workspace(files);
        using var without = new Workspace(files, builtIns: false);
        Assert.True(with.TemplateExists("infographic"));
        Assert.Contains("handout", with.TemplateNames());
        Assert.False(without.TemplateExists("infographic"));
        Assert.Empty(without.TemplateNames());
    }

    [Fact]
    public void A_built_in_input_is_current_until_the_project_puts_its_own_file_in_its_place()
    {
        var files = new MemoryProjectFiles();
        using var workspace = new Workspace(files);
        var deps = new DependencySet();
        var reader = workspace.Reader(deps);
        Assert.NotNull(reader.ReadTemplate(Infographic, out _));
        var (key, hash) = Assert.Single(deps.Inputs);
        Assert.Equal("builtin:templates/infographic.sbn", key);
        Assert.Equal(hash, workspace.CurrentHash(key));

        files.Set("templates/infographic.sbn", "mine");
        Assert.Equal(DependencySet.Overridden, workspace.CurrentHash(key));
        files.Remove("templates/infographic.sbn");
        Assert.Equal(hash, workspace.CurrentHash(key));
    }
}
