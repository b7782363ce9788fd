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
        LaidOutDocument document, OutputFormat format, string path, DateTime timestamp, (float Width, float Height)? pixels, FontLibrary? fonts = null, PdfOptions? pdf = null, Func<string, Stream>? create = null) =>
        Atomically(path, stream => Encode(document, format, stream, timestamp, pixels, fonts, pdf), create);

    /// <summary>
    /// Writes a text file (UTF-8, no byte order mark) the same way: a reader sees the old file or the new one,
    /// never half of it. Reports, schemas and the files of <c>init</c> use it.
    /// </summary>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Atomically(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text);
        });
    }

    // The temporary is one of TemporaryFiles' beside the target, so that a killed process's is cleaned up,
    // and it is deleted when writing it fails.
    private static void Atomically(string path, Action<Stream> write, Func<string, Stream>? create = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = TemporaryFiles.Beside(full);
        try
        {
            using (var stream = (create ?? File.Create)(temporary))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
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
