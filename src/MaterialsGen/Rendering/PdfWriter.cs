using MaterialsGen.Layout.Paging;
using SkiaSharp;

namespace MaterialsGen.Rendering;

/// <summary>Writes a laid-out document as a vector PDF with subset-embedded fonts and fixed dates.</summary>
public static class PdfWriter
{
    public static void Write(LaidOutDocument document, Stream output, DateTime timestamp)
    {
        var info = document.Info;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            Keywords = info.Keywords,
            Creator = "MaterialsGen",
            Producer = "MaterialsGen (SkiaSharp)",
            // Fixed dates (manifest or SOURCE_DATE_EPOCH) keep two builds of the same input byte-identical.
            Creation = timestamp,
            Modified = timestamp,
            RasterDpi = 300,
            EncodingQuality = 90,
        };
        using var managed = new SKManagedWStream(output);
        using var pdf = SKDocument.CreatePdf(managed, metadata);
        foreach (var page in document.Pages)
        {
            var canvas = pdf.BeginPage(page.Size.Width, page.Size.Height);
            FramePainter.Paint(canvas, page.Frame);
            pdf.EndPage();
        }

        pdf.Close();
    }
}
