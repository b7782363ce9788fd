namespace MaterialsGen.Tests.Support;

/// <summary>
/// Converts Word files to PDF with headless LibreOffice (Debian's libreoffice-writer-nogui, installed by
/// .ci/run), in one run for all files and with a profile of its own so it never meets another
/// instance. It is given the project's fonts, as a reader with the brand fonts installed; Times New
/// Roman resolves to its metric twin (Liberation Serif or Tinos) through fontconfig's aliases.
/// </summary>
internal static class LibreOffice
{
    public static void ConvertToPdf(IReadOnlyList<string> documents, string outDirectory)
    {
        var work = Path.Combine(Path.GetTempPath(), "materialsgen-soffice-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var fonts = Path.Combine(work, "fonts.conf");
            File.WriteAllText(fonts, $"""
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  <dir>{RepoPaths.Fonts}</dir>
                  <cachedir>{Path.Combine(work, "fontcache")}</cachedir>
                </fontconfig>
                """);
            ExternalTool.Run(
                "soffice",
                ["-env:UserInstallation=file://" + Path.Combine(work, "profile"), "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDirectory, .. documents],
                new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fonts });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        foreach (var document in documents)
        {
            var pdf = Path.Combine(outDirectory, Path.GetFileNameWithoutExtension(document) + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}");
        }
    }
}
