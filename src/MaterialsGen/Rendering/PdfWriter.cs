using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Frames;
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
        var typefaces = SubsetTypefaces(document);
        using var skiaBytes = new MemoryStream();

        // Skia's streams must be flushed and closed before its bytes are read back.
        {
            using var managed = new SKManagedWStream(skiaBytes);
            using var pdf = SKDocument.CreatePdf(managed, metadata);
            foreach (var page in document.Pages)
            {
                var canvas = pdf.BeginPage(page.Size.Width, page.Size.Height);
                FramePainter.Paint(canvas, page.Frame, typefaces);
                pdf.EndPage();
            }

            pdf.Close();
        }

        output.Write(PdfDocumentOutline.Append(skiaBytes.ToArray(), info.Language, Headings(document)));
    }

    /// <summary>Headings in reading order, with their page and their top measured from the page bottom.</summary>
    private static List<PdfDocumentOutline.Heading> Headings(LaidOutDocument document)
    {
        var headings = new List<PdfDocumentOutline.Heading>();
        for (var i = 0; i < document.Pages.Length; i++)
        {
            var page = document.Pages[i];
            foreach (var (offset, item) in page.Frame.Flatten())
            {
                if (item is AnchorItem anchor && anchor.Title.Length > 0)
                {
                    headings.Add(new(i, page.Size.Height - offset.Y, anchor.Level, anchor.Title));
                }
            }
        }

        return headings;
    }

    /// <summary>One subset typeface per face the document draws with, holding only what it uses.</summary>
    private static Dictionary<FontFace, SKTypeface> SubsetTypefaces(LaidOutDocument document)
    {
        var used = new Dictionary<FontFace, (HashSet<ushort> Glyphs, HashSet<int> Codepoints)>();
        foreach (var page in document.Pages)
        {
            foreach (var (_, item) in page.Frame.Flatten())
            {
                if (item is not GlyphRunItem run)
                {
                    continue;
                }

                if (!used.TryGetValue(run.Face, out var sets))
                {
                    used[run.Face] = sets = ([], []);
                }

                sets.Glyphs.UnionWith(run.Glyphs);
                foreach (var rune in run.Text.EnumerateRunes())
                {
                    sets.Codepoints.Add(rune.Value);
                }
            }
        }

        var typefaces = new Dictionary<FontFace, SKTypeface>();
        foreach (var (face, sets) in used)
        {
            if (SubsetCache.Get(face, sets.Glyphs, sets.Codepoints) is { } typeface)
            {
                typefaces[face] = typeface;
            }
        }

        return typefaces;
    }
}
