using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// The font faces a Word file depends on, found from its bound document without laying it out (the word
/// processor lays it out). Every paragraph the file holds is prepared as layout prepares it (the spans'
/// fallback chains, upper case, emoji), so a glyph or family the fonts lack is reported as layout reports
/// it, at the same place, and every face its laid-out pages would draw with is found. A few more can be,
/// never fewer: every option of a choice, page numbers in the faces of every digit (the word processor
/// numbers the pages), and each family's regular face, whose PANOSE numbers the file's font table copies
/// and whose metrics measure list markers, column widths and header heights.
/// </summary>
internal sealed record DocxFaces(IReadOnlySet<FontFace> Faces, bool Emoji)
{
    // Every digit once: the page a field is on and the page count are unknown until the file is opened.
    private const int EveryDigit = 1234567890;

    public static DocxFaces Of(LayoutDocument document, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fonts);
        var context = new LayoutContext(fonts, diagnostics) { Origins = document.Origins };

        // Problems are reported for the number the file shows before fields are updated (1), as a PDF of one
        // page would; the numbers a longer document reaches only add faces.
        var numbered = new LayoutContext(fonts, new DiagnosticBag()) { PageNumber = EveryDigit, PageCount = EveryDigit };
        var faces = new HashSet<FontFace>();
        var families = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var emoji = false;
        foreach (var section in document.Sections)
        {
            if (section.Text is { } text)
            {
                families.Add(text.Family);
            }

            foreach (var paragraph in Written(section).SelectMany(b => b.Descendants()).OfType<ParagraphBlock>())
            {
                var runs = paragraph.Prepared(context).Runs;
                if (paragraph.Spans.Any(s => s.Field != TextField.None))
                {
                    runs = [.. runs, .. paragraph.Prepared(numbered).Runs];
                }

                foreach (var run in runs)
                {
                    faces.Add(run.Face);
                    emoji |= run.Emoji is not null;
                }

                families.UnionWith(paragraph.Spans.Select(s => s.Style.Family));
            }
        }

        faces.UnionWith(families.Select(f => fonts.Resolve(f, 400, italic: false)).OfType<FontFace>());
        return new DocxFaces(faces, emoji);
    }

    /// <summary>The blocks of a section the Word file holds: its body, and its headers and footers as Word shows them.</summary>
    private static IEnumerable<Block> Written(PageSection section) =>
        new[] { section.Body, section.Header, section.Footer }
            .Concat(section.DifferentFirstPage ? [section.FirstHeader, section.FirstFooter] : [])
            .OfType<Block>()
            .Distinct();
}
