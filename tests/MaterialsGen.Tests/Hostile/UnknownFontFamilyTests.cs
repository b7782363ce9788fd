using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Hostile;

/// <summary>
/// A font family that fonts/ does not have (“Tino” for “Tinos” in brand.yaml) is set in the fallback
/// fonts, so the output is still made; but the typeface changes, and that must be said: one warning per
/// family and output, at the first element that asks for it, naming the face used and the nearest family.
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
        var warning = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("MG0302", StringComparison.Ordinal));
        Assert.Matches(@"^templates/handout\.sbn:\d+:\d+: warning MG0302: ", warning);
        Assert.EndsWith("the font family 'Tino' is not in fonts/, so its text is set in 'Be Vietnam Pro' instead; did you mean 'Tinos'?", warning, StringComparison.Ordinal);
    }
}
