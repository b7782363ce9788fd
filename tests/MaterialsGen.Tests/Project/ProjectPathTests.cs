using MaterialsGen.Project;

namespace MaterialsGen.Tests.Project;

public sealed class ProjectPathTests
{
    [Theory]
    [InlineData("templates/images/../images/logo.svg", "templates/images/logo.svg")]
    [InlineData("./data//4-tich-cuc.yaml", "data/4-tich-cuc.yaml")]
    [InlineData("data\\brand.yaml", "data/brand.yaml")]
    [InlineData("a/b/../../c.txt", "c.txt")]
    public void Paths_are_normalised_first(string written, string normalised)
    {
        Assert.True(ProjectPath.TryParse(written, out var path, out var problem), problem);
        Assert.Equal(normalised, path.Value);
    }

    [Theory]
    [InlineData("../x.yaml")]
    [InlineData("data/../../x.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("~/x.yaml")]
    [InlineData("")]
    [InlineData("data/..")]
    public void Paths_that_leave_the_project_are_refused(string written)
    {
        Assert.False(ProjectPath.TryParse(written, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Fact]
    public void Combine_stays_below_its_folder()
    {
        var templates = ProjectPath.Parse("templates");
        Assert.True(templates.TryCombine("phan/chan-trang.sbn", out var inside, out _));
        Assert.Equal("templates/phan/chan-trang.sbn", inside.Value);
        Assert.False(templates.TryCombine("../data/x.sbn", out _, out _));
    }

    [Fact]
    public void A_command_line_file_inside_the_project_is_a_project_path_and_outside_is_kept_as_typed()
    {
        var root = Path.Combine(Path.GetTempPath(), "mg-root");
        Assert.Equal("data/x.yaml", ProjectPath.FromCommandLine(Path.Combine(root, "data", "x.yaml"), root).Value);
        var outside = ProjectPath.FromCommandLine("/srv/tai-lieu/x.yaml", root);
        Assert.True(outside.IsExternal);
        Assert.Equal("/srv/tai-lieu/x.yaml", outside.Value);
    }
}
