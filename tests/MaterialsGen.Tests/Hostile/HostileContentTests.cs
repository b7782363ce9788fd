using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Hostile;

/// <summary>
/// Hostile content files inside a real build: each fails its own outputs with one located error and
/// exit 1, and every other output is still built. Time and memory bounds are checked by
/// tests/bench/hostile.sh, not here.
/// </summary>
public sealed class HostileContentTests
{
    private static readonly string Golden = RepoRoot.Combine("tests", "MaterialsGen.Tests", "Content", "Golden");

    /// <summary>Builds the two list infographics with 9-khong.yaml replaced; 4-tich-cuc's must still be built.</summary>
    private static (int Exit, string Out, string Error) BuildWithNineKhong(SampleProject project, Action<string> replace)
    {
        replace(Path.Combine(project.Root, "data", "9-khong.yaml"));
        return SampleProject.Run("build", "--project", project.Root, "--only", "infographic-4-tich-cuc,infographic-9-khong");
    }

    [Theory]
    [InlineData("deep-map.yaml", "data/9-khong.yaml:3:404: error MG0107:")]
    [InlineData("deep-list.yaml", "data/9-khong.yaml:3:107: error MG0107:")]
    [InlineData("alias-bomb.yaml", "data/9-khong.yaml:10:10: error MG0108:")]
    public void A_hostile_content_file_fails_its_outputs_and_the_others_are_built(string golden, string error)
    {
        using var project = new SampleProject();
        var (exit, output, errors) = BuildWithNineKhong(project, file => File.Copy(Path.Combine(Golden, golden), file, overwrite: true));
        Assert.Equal(1, exit);
        Assert.Contains(error, errors, StringComparison.Ordinal);
        Assert.Contains("1 built, 0 up to date, 1 failed", output, StringComparison.Ordinal);
        Assert.True(File.Exists(project.Output("infographic-4-tich-cuc.png")));
    }

    [Fact]
    public void A_content_file_over_50_MB_is_refused_before_it_is_read()
    {
        using var project = new SampleProject();
        var (exit, output, errors) = BuildWithNineKhong(project, file =>
        {
            using var stream = File.Open(file, FileMode.Append);
            var comment = "# đệm cho đủ năm mươi megabyte\n"u8.ToArray();
            while (stream.Length <= SafetyLimits.ContentFileBytes)
            {
                stream.Write(comment);
            }
        });
        Assert.Equal(1, exit);
        Assert.Matches(@"^materials\.yaml:\d+:5: error MG0605: file 'data/9-khong\.yaml' is larger than the limit of 50 MB$", errors.Split('\n')[0]);
        Assert.Contains("1 built, 0 up to date, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_file_linked_to_a_device_is_refused()
    {
        using var project = new SampleProject();
        var (exit, _, errors) = BuildWithNineKhong(project, file =>
        {
            File.Delete(file);
            File.CreateSymbolicLink(file, "/dev/zero");
        });
        Assert.Equal(1, exit);
        Assert.Contains("error MG0605: file 'data/9-khong.yaml' links outside the project folder", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_of_300000_characters_is_MG0126_at_its_line()
    {
        using var project = new SampleProject();
        var title = string.Concat(Enumerable.Repeat("Không ", 50_000));
        var (exit, output, errors) = BuildWithNineKhong(project, file => SampleProject.Edit(file, "title: Tuyệt đối tuân thủ “9 không”", "title: " + title));
        Assert.Equal(1, exit);
        Assert.Contains("data/9-khong.yaml:4:8: error MG0126: a text value of 299,999 characters is longer than the limit of 50,000; split it", errors, StringComparison.Ordinal);
        Assert.Contains("1 built, 0 up to date, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Clock_and_random_built_ins_give_the_same_bytes_every_build()
    {
        using var project = new SampleProject();
        // Into the document's title, which the PNG carries as metadata: the canvas's own text is sized to fill
        // it, and nine items leave no room for a longer heading line.
        SampleProject.Edit(Path.Combine(project.Root, "templates", "infographic.sbn"), "<document title=\"{{ doc.title }}\"", "<document title=\"{{ doc.title }} {{ date.now | date.to_string '%F' }} {{ math.random 1 1000000 }}\"");
        var build = () => SampleProject.Run("build", "--project", project.Root, "--only", "infographic-9-khong", "--force");
        Assert.Equal(0, build().Exit);
        var first = File.ReadAllBytes(project.Output("infographic-9-khong.png"));
        Assert.Equal(0, build().Exit);
        Assert.Equal(first, File.ReadAllBytes(project.Output("infographic-9-khong.png")));
    }
}
