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

    /// <summary>A family the template itself names, in a <c>font</c> or a list's <c>marker-font</c>, is reported at the template.</summary>
    [Theory]
    [InlineData("infographic.sbn", "font=\"{{ brand.fonts.sans }}\"", "font=\"Be Vietnm Pro\"", "infographic-4-tich-cuc",
        "'Be Vietnm Pro' is not in fonts/, so its text is set in 'Be Vietnam Pro' instead; did you mean 'Be Vietnam Pro'?")]
    [InlineData("the-bo-tui.sbn", "marker=\"{{ mark }}\"", "marker=\"{{ mark }}\" marker-font=\"Noto Sans Symbol\"", "the-bo-tui.pdf",
        "'Noto Sans Symbol' is not in fonts/, so its text is set in 'Be Vietnam Pro' instead; did you mean 'Noto Sans Symbols 2'?")]
    public void A_family_the_template_names_is_reported_at_the_template(string template, string written, string misspelt, string output, string message)
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "templates", template), written, misspelt);

        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", output);

        Assert.True(exit == 0, error);
        var warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("MG0302", StringComparison.Ordinal));
        Assert.Matches($@"^templates/{System.Text.RegularExpressions.Regex.Escape(template)}:\d+:\d+: warning MG0302: the font family ", warning);
        Assert.EndsWith(message, warning, StringComparison.Ordinal);
    }
}
