using DocumentFormat.OpenXml;
using MaterialsGen.Layout.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// Character formatting in schema order: what a run, a style, a list marker or a paragraph mark says
/// about its text. Against a basis (the paragraph's style) only what differs is written, so editing a
/// style in Word changes every paragraph that has not been set apart on purpose.
/// </summary>
internal static class DocxRunProperties
{
    /// <param name="basis">The style the text inherits; null writes everything that is not Word's default.</param>
    public static List<OpenXmlElement> Of(TextStyle style, bool caps, TextStyle? basis, bool basisCaps, DocxFonts fonts)
    {
        var items = new List<OpenXmlElement>();
        if (basis is null || basis.Family != style.Family)
        {
            var name = fonts.Name(style.Family);
            items.Add(new W.RunFonts { Ascii = name, HighAnsi = name, ComplexScript = name, EastAsia = name });
        }

        var bold = IsBold(style);
        if (Differs(bold, basis is null ? null : IsBold(basis)))
        {
            items.Add(new W.Bold { Val = Flag(bold) });
            items.Add(new W.BoldComplexScript { Val = Flag(bold) });
        }

        if (Differs(style.Italic, basis?.Italic))
        {
            items.Add(new W.Italic { Val = Flag(style.Italic) });
            items.Add(new W.ItalicComplexScript { Val = Flag(style.Italic) });
        }

        if (Differs(caps, basis is null ? null : basisCaps))
        {
            items.Add(new W.Caps { Val = Flag(caps) });
        }

        if (Differs(style.Strike, basis?.Strike))
        {
            items.Add(new W.Strike { Val = Flag(style.Strike) });
        }

        if (basis is null || basis.Color != style.Color)
        {
            items.Add(new W.Color { Val = DocxUnits.Hex(style.Color) });
        }

        if (basis is null ? style.LetterSpacing != 0 : basis.LetterSpacing != style.LetterSpacing)
        {
            items.Add(new W.Spacing { Val = DocxUnits.Twips(style.LetterSpacing) });
        }

        if (basis is null || basis.Size != style.Size)
        {
            items.Add(new W.FontSize { Val = DocxUnits.HalfPoints(style.Size) });
            items.Add(new W.FontSizeComplexScript { Val = DocxUnits.HalfPoints(style.Size) });
        }

        if (Differs(style.Underline, basis?.Underline))
        {
            items.Add(new W.Underline { Val = style.Underline ? W.UnderlineValues.Single : W.UnderlineValues.None });
        }

        return items;
    }

    public static bool IsBold(TextStyle style) => style.Weight >= 600;

    /// <summary>Whether a switch must be written: it differs from its basis, or there is none and it is on.</summary>
    private static bool Differs(bool value, bool? basis) => basis is { } b ? b != value : value;

    /// <summary>An on/off switch: on is the bare element, off says so.</summary>
    private static OnOffValue? Flag(bool on) => on ? null : new OnOffValue(false);
}
