using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Layout.Fonts;

/// <summary>
/// The font families a document names that the library does not have. Layout sets their text in the
/// fallback fonts, so the output is still made, but a misspelt family (“Tino”, “Be Vietnam”) would change
/// the typeface without a word: one warning per family, where the first <c>font</c> value naming it came from (the content line, with
/// the template's as a note), or at the first element that asks for it. A library
/// with no face at all is layout's error (MG0302 at each paragraph), not this warning.
/// </summary>
internal static class MissingFamilies
{
    public static void Report(LayoutDocument document, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (fonts.Faces.Count == 0)
        {
            return;
        }

        var checkedFamilies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (family, source) in Named(document))
        {
            if (checkedFamilies.Add(family) && !fonts.HasFamily(family))
            {
                var used = fonts.Chain(family, 400, italic: false)[0].Family;
                var origin = document.FamilyOffsets.TryGetValue(family, out var offset) && document.Origins?.Locate(offset) is { IsNone: false } named
                    ? named
                    : new SourceOrigin(source, SourceSpan.None);
                diagnostics.Add(Diagnostic.At(Severity.Warning, "MG0302", $"the font family '{family}' is not in fonts/, so its text is set in '{used}' instead{NearestName.Suggest(family, fonts.Families)}", origin));
            }
        }
    }

    /// <summary>Every family the document's text asks for, with the element asking, in document order.</summary>
    private static IEnumerable<(string Family, SourceSpan Source)> Named(LayoutDocument document)
    {
        foreach (var section in document.Sections)
        {
            if (section.Text is { } text)
            {
                yield return (text.Family, section.Source);
            }

            var blocks = new[] { section.Header, section.FirstHeader, section.Body, section.Footer, section.FirstFooter };
            foreach (var paragraph in blocks.OfType<Block>().SelectMany(b => b.Descendants()).OfType<ParagraphBlock>())
            {
                foreach (var span in paragraph.Spans)
                {
                    yield return (span.Style.Family, span.Source);
                }
            }
        }
    }
}
