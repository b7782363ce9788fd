using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Layout.Fonts;

/// <summary>
/// The font families a document names that the library does not have. Layout sets their text in the
/// fallback fonts, so the output is still made, but a misspelt family (“Tino”, “Be Vietnam”) would change
/// the typeface without a word: one warning per family, where the first <c>font</c> value naming it came from
/// (the content line, with the template's as a note), or at the page of a default family. A library
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

        foreach (var (family, named) in document.Families)
        {
            if (!fonts.HasFamily(family))
            {
                var used = fonts.Chain(family, 400, italic: false)[0].Family;
                var origin = named.ValueOffset >= 0 && document.Origins?.Locate(named.ValueOffset) is { IsNone: false } found
                    ? found
                    : new SourceOrigin(named.Written, SourceSpan.None);
                diagnostics.Add(Diagnostic.At(Severity.Warning, "MG0302", $"the font family '{family}' is not in fonts/, so its text is set in '{used}' instead{NearestName.Suggest(family, fonts.Families)}", origin));
            }
        }
    }
}
