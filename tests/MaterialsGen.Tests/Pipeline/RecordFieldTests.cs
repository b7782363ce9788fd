using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>
/// A misspelt record field would print an empty space where a branch's name belongs in hundreds of
/// handouts; it is an error at the template's line and column, with the field it probably meant.
/// </summary>
public sealed class RecordFieldTests
{
    private static void Edit(string path, string from, string to) => SampleProject.Edit(path, from, to);

    [Fact]
    public void A_misspelt_field_in_a_template_is_a_located_error_with_a_suggestion()
    {
        using var project = new SampleProject();
        var template = Path.Combine(project.Root, "templates", "handout-chi-bo.sbn");
        Edit(template, "{{ record.secretary }}", "{{ record.secretry }}");
        var line = File.ReadAllLines(template).ToList().FindIndex(l => l.Contains("record.secretry", StringComparison.Ordinal)) + 1;

        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-*");

        Assert.Equal(1, exit);
        Assert.Contains($"templates/handout-chi-bo.sbn:{line}:", error, StringComparison.Ordinal);
        Assert.Contains("error MG0503: the records have no field 'secretry'; did you mean 'secretary'?", error, StringComparison.Ordinal);
        Assert.False(File.Exists(project.Output("tai-lieu-kp5-tien-thanh.pdf")));
    }

    [Fact]
    public void A_misspelt_field_in_a_name_pattern_is_reported_once()
    {
        using var project = new SampleProject();
        Edit(Path.Combine(project.Root, "materials.yaml"), "tai-lieu-{{ record.id }}", "tai-lieu-{{ record.ib }}");

        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root);

        Assert.Equal(1, exit);
        Assert.Single(error.Split('\n'), l => l.Contains("MG0606", StringComparison.Ordinal));
        Assert.Contains("the records have no field 'ib'; did you mean 'id'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_reading_a_record_without_records_says_what_is_missing()
    {
        using var project = new SampleProject();
        Edit(Path.Combine(project.Root, "materials.yaml"), "    records: data/branches.csv\n", string.Empty);

        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-*");

        Assert.Equal(1, exit);
        Assert.Contains("this output has no record: give its manifest entry `records:`", error, StringComparison.Ordinal);
    }
}
