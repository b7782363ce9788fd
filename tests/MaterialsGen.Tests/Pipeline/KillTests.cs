using System.Diagnostics;
using MaterialsGen.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Pipeline;

public class KillTests
{
    /// <summary>
    /// Kills a real build process (SIGKILL) at several moments while it rewrites every output, and checks
    /// each output is still a complete file, the old one or the new one, and the next build recovers.
    /// </summary>
    [Theory]
    [InlineData(300)]
    [InlineData(900)]
    [InlineData(1500)]
    public void A_build_killed_midway_leaves_only_complete_outputs(int afterMilliseconds)
    {
        using var project = new SampleProject();
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root).Exit);
        var cli = Path.Combine(AppContext.BaseDirectory, "materialsgen.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "build", "--project", project.Root, "--force", "--jobs", "2"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        Thread.Sleep(afterMilliseconds);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        foreach (var file in Directory.GetFiles(Path.Combine(project.Root, "output")).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            if (file.EndsWith(".pdf", StringComparison.Ordinal))
            {
                using var pdf = PdfDocument.Open(file);
                Assert.True(pdf.NumberOfPages >= 1, file);
            }
            else if (file.EndsWith(".docx", StringComparison.Ordinal))
            {
                using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(file, isEditable: false);
                Assert.True(word.MainDocumentPart?.Document?.Body is not null, file);
            }
            else
            {
                using var bitmap = SKBitmap.Decode(file);
                Assert.True(bitmap is not null && bitmap.Width > 0, file);
            }
        }

        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.True(exit == 0, error);
        Assert.Empty(Directory.GetFiles(Path.Combine(project.Root, "output"), ".*.tmp"));
    }
}
