using System.Runtime.CompilerServices;
using System.Globalization;
using MaterialsGen.Layout.Fonts;
using SkiaSharp;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// What a PDF needs to know about a face, computed once per process: glyph advances in thousandths
/// of an em (the same HarfBuzz advances the layout used, so text lands where layout put it) and the
/// font descriptor's metrics.
/// </summary>
internal sealed class PdfFontMetrics
{
    // Weakly held: `watch` loads the fonts again for every build, and the old faces must go.
    private static readonly ConditionalWeakTable<FontFace, PdfFontMetrics> Cache = [];
    private readonly FontFace _face;
    private readonly float[] _advances;

    private PdfFontMetrics(FontFace face)
    {
        _face = face;
        _advances = new float[Math.Max(1, face.GlyphCount)];
        Array.Fill(_advances, float.NaN);
        PostScriptName = PdfName(string.IsNullOrEmpty(face.Typeface.PostScriptName)
            ? face.Family.Replace(" ", string.Empty, StringComparison.Ordinal)
            : face.Typeface.PostScriptName);

        using var font = new SKFont(face.Typeface, 1000);
        var m = font.Metrics;
        var flags = 32 | (face.Italic ? 64 : 0);
        Descriptor = string.Create(
            CultureInfo.InvariantCulture,
            $"/Flags {flags} /FontBBox [{m.XMin:0} {-m.Bottom:0} {m.XMax:0} {-m.Top:0}] /ItalicAngle {(face.Italic ? -12 : 0)} /Ascent {face.Ascent * 1000:0} /Descent {-face.Descent * 1000:0} /CapHeight {face.CapHeight * 1000:0} /StemV {(face.Weight >= 600 ? 140 : 80)}");
    }

    /// <summary>The face's PostScript name, safe to write as a PDF name.</summary>
    public string PostScriptName { get; }

    /// <summary>FontDescriptor entries except /Type, /FontName and the font file.</summary>
    public string Descriptor { get; }

    public static PdfFontMetrics For(FontFace face) => Cache.GetValue(face, static f => new PdfFontMetrics(f));

    /// <summary>The glyph's advance in thousandths of an em.</summary>
    public float Advance(ushort glyph)
    {
        if (glyph >= _advances.Length)
        {
            return 0;
        }

        var advance = _advances[glyph];
        if (float.IsNaN(advance))
        {
            // A benign race: two threads may both compute the same value.
            // Rounded as the /W array writes it, so the pen the PDF moves is the pen the painter tracks.
            advance = MathF.Round(_face.HbFont.GetHorizontalGlyphAdvance(glyph) * 1000f / _face.UnitsPerEm, 3);
            _advances[glyph] = advance;
        }

        return advance;
    }

    private static string PdfName(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is > '!' and < '~' and not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%' or '#'))
            {
                builder.Append(c);
            }
        }

        return builder.Length > 0 ? builder.ToString() : "Font";
    }
}
