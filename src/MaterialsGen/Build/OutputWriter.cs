using MaterialsGen.Export.Docx;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Rendering;
using MaterialsGen.Rendering.Pdf;

namespace MaterialsGen.Build;

/// <summary>
/// Writes a laid-out document to its file so that the file is always either the previous complete one
/// or the new complete one: bytes go to a temporary file beside it, which is then renamed over it.
/// </summary>
internal static class OutputWriter
{
    /// <param name="fonts">Measures what a Word document needs in numbers (list indents, column widths); needed for docx only.</param>
    /// <param name="pdf">The standards a PDF claims and the print values of brand colours; the defaults when null.</param>
    /// <param name="create">Opens the temporary file; tests pass one that fails like a full disk.</param>
    public static void Write(
        LaidOutDocument document, OutputFormat format, string path, DateTime timestamp, (float Width, float Height)? pixels, FontLibrary? fonts = null, PdfOptions? pdf = null, Func<string, Stream>? create = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = TemporaryFiles.Beside(path);
        try
        {
            using (var stream = (create ?? File.Create)(temporary))
            {
                Encode(document, format, stream, timestamp, pixels, fonts, pdf);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Deletes temporary files a killed build left behind, and only those: a watch or another build
    /// writing to the same folder keeps its own (see <see cref="TemporaryFiles"/>). The outputs themselves
    /// were never touched by them.
    /// </summary>
    public static int RemoveStaleTemporaries(string outDirectory) => TemporaryFiles.RemoveStale(outDirectory);

    public static void Encode(
        LaidOutDocument document, OutputFormat format, Stream stream, DateTime timestamp, (float Width, float Height)? pixels, FontLibrary? fonts = null, PdfOptions? pdf = null)
    {
        if (format == OutputFormat.Docx)
        {
            DocxWriter.Write(
                document.Bound ?? throw new InvalidOperationException("a docx is written from the bound document, which an imposed document no longer has"),
                fonts ?? throw new ArgumentNullException(nameof(fonts), "a docx needs the project's fonts to measure with"),
                stream,
                timestamp);
            return;
        }

        if (format == OutputFormat.Pdf)
        {
            PdfWriter.Write(document, stream, timestamp, pdf ?? PdfOptions.Default);
            return;
        }

        var page = document.Pages[0];
        var (width, height) = pixels ?? (page.Size.Width, page.Size.Height);
        var raster = format switch
        {
            OutputFormat.Jpeg => RasterFormat.Jpeg,
            OutputFormat.Webp => RasterFormat.Webp,
            _ => RasterFormat.Png,
        };
        RasterWriter.Write(page, (int)MathF.Round(width), (int)MathF.Round(height), raster, stream, PngMetadata.From(document.Info, timestamp));
    }
}
