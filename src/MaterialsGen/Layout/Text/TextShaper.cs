using MaterialsGen.Layout.Fonts;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// Shapes one run (one face, one size) with HarfBuzz. The whole paragraph is handed over as context so
/// clusters come back as paragraph indices and shaping sees the neighbouring characters.
/// </summary>
internal static class TextShaper
{
    private static readonly HarfBuzzSharp.Language Vietnamese = new("vi");

    public static ShapedGlyph[] Shape(FontFace face, string text, int start, int length, float size, float letterSpacing)
    {
        using var buffer = new HbBuffer();
        buffer.AddUtf16(text.AsSpan(), start, length);
        buffer.Direction = HarfBuzzSharp.Direction.LeftToRight;
        buffer.Language = Vietnamese;
        buffer.GuessSegmentProperties();
        face.HbFont.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        var glyphs = new ShapedGlyph[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            var cluster = (int)infos[i].Cluster;
            // Letter spacing is added once per cluster so a letter and its marks move together.
            var clusterEnds = i + 1 == infos.Length || infos[i + 1].Cluster != infos[i].Cluster;
            glyphs[i] = new ShapedGlyph(
                (ushort)infos[i].Codepoint,
                cluster,
                (positions[i].XAdvance * scale) + (clusterEnds ? letterSpacing : 0),
                positions[i].XOffset * scale,
                -positions[i].YOffset * scale);
        }

        return glyphs;
    }
}
