using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>Images named by a template reach the output through the build's workspace.</summary>
public class ImagePipelineTests
{
    private const string Template = """
        {{##
        kind: list
        formats: pdf, png
        size: square
        description: test
        ##}}
        <document><canvas width="300" height="300" margin="10">
        <image src="templates/images/thumb-up.svg" width="120" place="center"/>
        <qr data="https://btgtu.binhphuoc.gov.vn" size="100" place="center"/>
        </canvas></document>
        """;

    private static (int Exit, string Error) Render(SampleProject project, string template, string target)
    {
        File.WriteAllText(Path.Combine(project.Root, "templates", "icon-test.sbn"), template);
        var (exit, _, error) = SampleProject.Run("render", "--project", project.Root, "--template", "icon-test", "--data", Path.Combine(project.Root, "data", "4-tich-cuc.yaml"), "-o", target, "--size", "300x300");
        return (exit, error);
    }

    [Fact]
    public void Template_icon_and_qr_render_to_png_and_vector_pdf()
    {
        using var project = new SampleProject();
        var png = Path.Combine(project.Root, "icon.png");
        var (exit, error) = Render(project, Template, png);
        Assert.True(exit == 0, error);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        // The icon's left stroke (x = 7 of 24 in a 120 pt box centred in 280 pt) is dark.
        Assert.True(bitmap.GetPixel(10 + 80 + 35, 10 + 75).Red < 100, bitmap.GetPixel(125, 85).ToString());

        var pdfPath = Path.Combine(project.Root, "icon.pdf");
        (exit, error) = Render(project, Template, pdfPath);
        Assert.True(exit == 0, error);
        using var pdf = PdfDocument.Open(pdfPath);
        Assert.Empty(pdf.GetPage(1).GetImages());
    }

    [Fact]
    public void Template_image_outside_the_project_is_MG0701_at_the_template_line()
    {
        using var project = new SampleProject();
        var (exit, error) = Render(project, Template.Replace("templates/images/thumb-up.svg", "../secret.png", StringComparison.Ordinal), Path.Combine(project.Root, "x.png"));
        Assert.Equal(1, exit);
        Assert.Contains("templates/icon-test.sbn:8:", error, StringComparison.Ordinal);
        Assert.Contains("error MG0701", error, StringComparison.Ordinal);
    }
}
