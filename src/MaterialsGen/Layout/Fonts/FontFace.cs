using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace MaterialsGen.Layout.Fonts;

/// <summary>
/// One font file, loaded once per process and shared by every thread: Skia's typeface for drawing
/// and HarfBuzz's font for shaping are both immutable after construction.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;

    /// <param name="bytes">The font file, as the project boundary read it.</param>
    /// <param name="relativePath">Its project path, for messages and dependencies.</param>
    /// <exception cref="InvalidDataException">The bytes are not a font both Skia and HarfBuzz read; the message is the reason, as a clause for the user.</exception>
    internal FontFace(byte[] bytes, string relativePath)
    {
        Path = relativePath;
        if (bytes.Length == 0)
        {
            throw new InvalidDataException("the file is empty");
        }

        using (var data = SKData.CreateCopy(bytes))
        {
            Typeface = SKTypeface.FromData(data)
                ?? throw new InvalidDataException("it is not a TrueType or OpenType font, or it is damaged");
        }

        // HarfBuzz keeps reading the font data for the face's lifetime, so it gets its own unmanaged
        // copy that the GC cannot move or collect; the blob frees it when disposed.
        var memory = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(bytes, 0, memory, bytes.Length);
        _blob = new Blob(memory, bytes.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        _blob.MakeImmutable();
        _face = new Face(_blob, 0);
        if (_face.GlyphCount == 0)
        {
            // FreeType opens some files HarfBuzz finds no glyphs in (no maxp table); shaping and the PDF
            // subsetter see the font as HarfBuzz does, so such a face would draw nothing or fail later.
            _face.Dispose();
            _blob.Dispose();
            Typeface.Dispose();
            throw new InvalidDataException("it declares no glyphs (its maxp table is missing or damaged)");
        }

        UnitsPerEm = _face.UnitsPerEm;
        HbFont = new HarfBuzzSharp.Font(_face);
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
        HbFont.SetFunctionsOpenType();

        Family = Typeface.FamilyName;
        Weight = Typeface.FontStyle.Weight;
        Italic = Typeface.FontStyle.Slant != SKFontStyleSlant.Upright;

        using var font = new SKFont(Typeface, UnitsPerEm);
        var metrics = font.Metrics;
        // Skia reports ascent as negative; store both as positive distances per em.
        Ascent = -metrics.Ascent / UnitsPerEm;
        Descent = metrics.Descent / UnitsPerEm;
        LineGap = metrics.Leading / UnitsPerEm;
        CapHeight = metrics.CapHeight / UnitsPerEm;
        UnderlinePosition = (metrics.UnderlinePosition ?? UnitsPerEm * 0.1f) / UnitsPerEm;
        UnderlineThickness = (metrics.UnderlineThickness ?? UnitsPerEm * 0.05f) / UnitsPerEm;
        StrikeoutPosition = (metrics.StrikeoutPosition ?? -UnitsPerEm * 0.3f) / UnitsPerEm;

        // Vietnamese capitals carry stacked marks that can rise above the font's declared ascent;
        // lines are sized from the real ink so marks never reach into the line above.
        InkAscent = Math.Max(Ascent, -InkExtent(font, "ẨẶỖỄỚẪẴỂỀẦẰỠ", top: true) / UnitsPerEm);
        InkDescent = Math.Max(Descent, InkExtent(font, "gjpqyỵỴỹ", top: false) / UnitsPerEm);
    }

    /// <summary>Project-relative path of the font file: what diagnostics and the build hash name.</summary>
    public string Path { get; }

    public string Family { get; }

    public int Weight { get; }

    public bool Italic { get; }

    public int UnitsPerEm { get; }

    /// <summary>Distances per em, positive, from the baseline.</summary>
    public float Ascent { get; }

    public float Descent { get; }

    public float LineGap { get; }

    public float CapHeight { get; }

    /// <summary>Ascent per em that also covers stacked Vietnamese marks; what line boxes are sized by.</summary>
    public float InkAscent { get; }

    /// <summary>Descent per em that also covers the deepest descenders and dot-below marks.</summary>
    public float InkDescent { get; }

    public float UnderlinePosition { get; }

    public float UnderlineThickness { get; }

    public float StrikeoutPosition { get; }

    internal SKTypeface Typeface { get; }

    internal HarfBuzzSharp.Font HbFont { get; }

    /// <summary>The whole font file, for a PDF that cannot embed a subset.</summary>
    internal ReadOnlySpan<byte> FileData => _blob.AsSpan();

    /// <summary>How many glyphs the font has (glyph ids run from 0 to this minus one).</summary>
    internal int GlyphCount => _face.GlyphCount;

    /// <summary>The native hb_face_t, for the PDF writer's font subsetter.</summary>
    internal IntPtr HbFaceHandle => _face.Handle;

    /// <summary>Whether the cmap maps the code point to a real glyph (not .notdef).</summary>
    public bool HasGlyph(int codepoint) => HbFont.TryGetNominalGlyph((uint)codepoint, out var glyph) && glyph != 0;

    public override string ToString() => $"{Family} {Weight}{(Italic ? " italic" : string.Empty)}";

    private static float InkExtent(SKFont font, string sample, bool top)
    {
        var glyphs = font.GetGlyphs(sample);
        var bounds = new SKRect[glyphs.Length];
        font.GetGlyphWidths(glyphs, null, bounds);
        var extent = 0f;
        foreach (var (glyph, box) in glyphs.Zip(bounds))
        {
            if (glyph != 0)
            {
                extent = top ? Math.Min(extent, box.Top) : Math.Max(extent, box.Bottom);
            }
        }

        return extent;
    }

    public void Dispose()
    {
        HbFont.Dispose();
        _face.Dispose();
        _blob.Dispose();
        Typeface.Dispose();
    }
}
