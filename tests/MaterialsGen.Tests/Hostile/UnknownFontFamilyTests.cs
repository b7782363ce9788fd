using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Hostile;

/// <summary>
/// A font family that fonts/ does not have (“Tino” for “Tinos” in brand.yaml) is set in the fallback
/// fonts, so the output is still made; but the typeface changes, and that must be said: one warning per
/// family and output, where the family was written, naming the face used and the nearest family.
/// </summary>
public sealed class UnknownFontFamilyTests
{
    [Fact]
    public void A_misspelt_family_is_built_in_the_fallback_font_with_one_warning_naming_the_nearest()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "data", "brand.yaml"), "serif: Tinos", "serif: Tino");

        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-sinh-hoat.pdf");

        Assert.True(exit == 0, error);
        Assert.Contains("1 built, 0 up to date, 0 failed", output, StringComparison.Ordinal);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(lines, l => l.Contains("MG0302", StringComparison.Ordinal));
        Assert.True(at >= 0 && lines.Count(l => l.Contains("MG0302", StringComparison.Ordinal)) == 1, error);

        // At the brand line a person edits, with the template line that printed it as a note.
        Assert.Equal("data/brand.yaml:22:10: warning MG0302: the font family 'Tino' is not in fonts/, so its text is set in 'Be Vietnam Pro' instead; did you mean 'Tinos'?", lines[at]);
        Assert.Matches(@"^templates/handout\.sbn:\d+:\d+: note: printed here$", lines[at + 1]);
    }

    [Fact]
    public void A_family_the_template_itself_names_is_reported_at_the_template()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "templates", "infographic.sbn"), "font=\"{{ brand.fonts.sans }}\"", "font=\"Be Vietnm Pro\"");

        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "infographic-4-tich-cuc");

        Assert.True(exit == 0, error);
        var warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("MG0302", StringComparison.Ordinal));
        Assert.Matches(@"^templates/infographic\.sbn:\d+:\d+: warning MG0302: the font family 'Be Vietnm Pro' is not in fonts/, so its text is set in 'Be Vietnam Pro' instead; did you mean 'Be Vietnam Pro'\?$", warning);
    }

    [Fact]
    public void A_list_marker_family_is_checked_too()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "templates", "the-bo-tui.sbn"), "marker=\"{{ mark }}\"", "marker=\"{{ mark }}\" marker-font=\"Noto Sans Symbol\"");

        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "the-bo-tui.pdf");

        Assert.True(exit == 0, error);
        var warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("MG0302", StringComparison.Ordinal));
        Assert.Matches(@"^templates/the-bo-tui\.sbn:\d+:\d+: warning MG0302: the font family 'Noto Sans Symbol' is not in fonts/, so its text is set in '[^']+' instead; did you mean 'Noto Sans Symbols 2'\?$", warning);
    }
}
