using System.Collections.Immutable;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Paging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// The font names the document gives, and its font table. A family keeps its own name unless the
/// markup renames it (<c>docx-fonts="Tinos=Times New Roman"</c>: the Party format asks for Times New
/// Roman, which Tinos is drawn to the metrics of). The table describes each family from its font file
/// (PANOSE, serif or sans) and names a common alternative, which is what Word goes by where the family
/// is not installed.
/// </summary>
internal sealed class DocxFonts(FontLibrary library, ImmutableArray<EditableFontName> renames)
{
    /// <summary>
    /// What emoji are set in: Word's colour emoji font, the one Word itself marks a typed emoji with.
    /// Elsewhere the reader's system falls back on its own emoji font (Apple Color Emoji, Noto Color Emoji).
    /// </summary>
    public const string Emoji = "Segoe UI Emoji";

    private const uint Os2 = 0x4F532F32;

    private readonly List<(string Name, string Family)> _used = [];

    /// <summary>The name the document gives <paramref name="family"/>; noted for the font table.</summary>
    public string Name(string family)
    {
        var name = renames.FirstOrDefault(r => string.Equals(r.Family, family, StringComparison.OrdinalIgnoreCase))?.Name ?? family;
        if (!_used.Exists(u => string.Equals(u.Name, name, StringComparison.Ordinal)))
        {
            _used.Add((name, family));
        }

        return name;
    }

    public void Write(FontTablePart part)
    {
        var fonts = new W.Fonts();
        foreach (var (name, family) in _used)
        {
            var font = new W.Font { Name = name };
            if (name == Emoji)
            {
                font.Append(new W.FontCharSet { Val = "00" }, new W.FontFamily { Val = W.FontFamilyValues.Swiss }, new W.Pitch { Val = W.FontPitchValues.Variable });
                fonts.Append(font);
                continue;
            }

            var panose = Panose(library.Resolve(family, 400, italic: false));
            var serif = panose is { } p ? p[0] == 2 && p[1] is not (11 or 12 or 13) : IsSerifByName(family);
            var alternative = serif ? "Times New Roman" : "Arial";
            if (name == family && name != alternative)
            {
                font.Append(new W.AltName { Val = alternative });
            }

            if (panose is not null)
            {
                font.Append(new W.Panose1Number { Val = Convert.ToHexString(panose) });
            }

            font.Append(
                new W.FontCharSet { Val = "00" },
                new W.FontFamily { Val = serif ? W.FontFamilyValues.Roman : W.FontFamilyValues.Swiss },
                new W.Pitch { Val = W.FontPitchValues.Variable });
            fonts.Append(font);
        }

        part.Fonts = fonts;
    }

    /// <summary>The regular face's PANOSE classification (OS/2 table), or null when the font leaves it unset (all zero).</summary>
    private static byte[]? Panose(FontFace? face)
    {
        if (face is null || !face.Typeface.TryGetTableData(Os2, out var os2) || os2.Length < 42)
        {
            return null;
        }

        var panose = os2[32..42];
        return panose.Any(b => b != 0) ? panose : null;
    }

    private static bool IsSerifByName(string family) =>
        family.Contains("Serif", StringComparison.OrdinalIgnoreCase) && !family.Contains("Sans", StringComparison.OrdinalIgnoreCase);
}
