using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// Shaped runs keyed by face, size, spacing and text. A batch repeats the same paragraphs in every
/// record, so most runs are shaped once per session. Results are immutable and shared across threads.
/// </summary>
/// <param name="enabled">False shapes every run afresh, the same way (to show sharing changes nothing).</param>
internal sealed class ShapingCache(bool enabled = true)
{
    private const int MaxEntries = 50_000;
    private readonly Engine.MemoTable<(FontFace Face, float Size, float Spacing, string Text), ShapedGlyph[]> _entries = new(MaxEntries, enabled);

    public ShapedGlyph[] Shape(FontFace face, string text, int start, int length, float size, float letterSpacing)
    {
        var relative = _entries.Get((face, size, letterSpacing, text.Substring(start, length)), 0, static (key, _) => TextShaper.Shape(key.Face, key.Text, 0, key.Text.Length, key.Size, key.Spacing));
        if (start == 0)
        {
            return relative;
        }

        var glyphs = new ShapedGlyph[relative.Length];
        for (var i = 0; i < relative.Length; i++)
        {
            glyphs[i] = relative[i] with { Cluster = relative[i].Cluster + start };
        }

        return glyphs;
    }
}
