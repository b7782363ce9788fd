using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>The manifest's and brand's PDF options, and render's --pdf-standard: what they do and where a mistake in them is reported.</summary>
public class PdfOptionTests
{
    [Fact]
    public void Mistakes_in_the_pdf_options_are_located()
    {
        using var project = new SampleProject();
        var manifest = Path.Combine(project.Root, "materials.yaml");
        SampleProject.Edit(manifest, "    pdf: [a-2b, ua-1]", "    pdf: [a-2b, ua-2]");
        SampleProject.Edit(manifest, "    impose: 4-up", "    impose: 4-up\n    bleed: 5mm");
        SampleProject.Edit(Path.Combine(project.Root, "data", "brand.yaml"), "  do: \"76 0 36 52\"", "  do: \"76 0 36\"");
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(1, exit);
        Assert.Matches(@"materials\.yaml:\d+:\d+: error MG0821: unknown PDF standard 'ua-2'; expected a-2b or ua-1; did you mean 'ua-1'\?", error);
        Assert.Matches(@"materials\.yaml:\d+:\d+: error MG0604: bleed and crop-marks are for pages printed one per sheet", error);
        SampleProject.Edit(manifest, "    pdf: [a-2b, ua-2]", "    pdf: [a-2b, ua-1]");
        SampleProject.Edit(manifest, "    impose: 4-up\n    bleed: 5mm", "    impose: 4-up");
        (exit, _, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(1, exit);
        Assert.Matches(@"data/brand\.yaml:\d+:\d+: error MG0823: cmyk do must be four percentages", error);
    }

    [Fact]
    public void Pdf_ua_without_a_title_is_an_error()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "templates", "handout-chi-bo.sbn"), "<document title=\"Tài liệu sinh hoạt {{ record.branch }}: {{ s.title }}\"", "<document title=\"\"");
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-kp1*");
        Assert.Equal(1, exit);
        Assert.Contains("error MG0822: PDF/UA-1 needs a document title", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_the_standards_it_is_asked_for()
    {
        using var project = new SampleProject();
        var target = Path.Combine(project.Root, "the.pdf");
        var (exit, _, error) = SampleProject.Run(
            "render", "--project", project.Root, "--template", "the-bo-tui", "--data", Path.Combine(project.Root, "data", "4-tich-cuc.yaml"),
            "--data", Path.Combine(project.Root, "data", "9-khong.yaml"), "--size", "a6", "-o", target, "--pdf-standard", "a-2b,ua-1");
        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(target);
        Assert.Empty(PdfRuleChecker.PdfA2b(bytes));
        Assert.Empty(PdfRuleChecker.PdfUa1(bytes));
        Assert.Equal(2, SampleProject.Run("render", "--project", project.Root, "--template", "the-bo-tui", "-o", target, "--pdf-standard", "a-3").Exit);
    }
}
