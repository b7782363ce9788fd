using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// The font names the document gives, and its font table. Tinos is drawn to Times New Roman's metrics,
/// so the document names Times New Roman (what Decree 30 asks for and every office has) and line
/// breaks agree with the PDF; other families keep their names, with a generic family and a common
/// alternative in the table, which is what Word falls back on where they are not installed.
/// </summary>
internal sealed class DocxFonts
{
    private static readonly Dictionary<string, string> MetricTwins = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tinos"] = "Times New Roman",
        ["Arimo"] = "Arial",
        ["Cousine"] = "Courier New",
    };

    private readonly List<string> _used = [];

    /// <summary>The name the document gives <paramref name="family"/>; noted for the font table.</summary>
    public string Name(string family)
    {
        var name = MetricTwins.GetValueOrDefault(family, family);
        if (!_used.Contains(name, StringComparer.Ordinal))
        {
            _used.Add(name);
        }

        return name;
    }

    public void Write(FontTablePart part)
    {
        var fonts = new W.Fonts();
        foreach (var name in _used)
        {
            var serif = name is "Times New Roman" || name.Contains("Serif", StringComparison.OrdinalIgnoreCase) && !name.Contains("Sans", StringComparison.OrdinalIgnoreCase);
            var font = new W.Font { Name = name };
            if (!MetricTwins.ContainsValue(name))
            {
                font.Append(new W.AltName { Val = serif ? "Times New Roman" : "Arial" });
            }

            font.Append(
                new W.FontCharSet { Val = "00" },
                new W.FontFamily { Val = serif ? W.FontFamilyValues.Roman : W.FontFamilyValues.Swiss },
                new W.Pitch { Val = W.FontPitchValues.Variable });
            fonts.Append(font);
        }

        part.Fonts = fonts;
    }
}
