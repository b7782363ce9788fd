using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<(FontFace Face, float Size, float Spacing, string Text), ShapedGlyph[]> Entries = new();

    public ShapedGlyph[] Shape(FontFace face, string text, int start, int length, float size, float letterSpacing)
    {
        var key = (face, size, letterSpacing, text.Substring(start, length));
        if (!Entries.TryGetValue(key, out var relative))
        {
            relative = TextShaper.Shape(face, key.Item4, 0, length, size, letterSpacing);
            if (Entries.Count >= MaxEntries)
            {
                Entries.Clear();
            }

            if (enabled)
            {
                Entries.TryAdd(key, relative);
            }
        }

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
