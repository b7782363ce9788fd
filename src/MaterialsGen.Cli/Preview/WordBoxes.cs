using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// One word as drawn on a page: its box in page units, the glyph run it belongs to (by its index in the
/// page's flattened items), its first glyph and its text.
/// </summary>
internal readonly record struct WordBox(Rect Box, int Item, int Glyph, string Text);

/// <summary>
/// Hit-testing from frames: the words of a page, found from the same glyph runs the painter draws (each
/// glyph's cluster tells which characters it draws; white space between clusters separates words).
/// </summary>
internal static class WordBoxes
{
    /// <summary>How far from a word (page units) a click still counts as on it.</summary>
    private const float Reach = 4;

    public static IReadOnlyList<WordBox> Of(PageFrame page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var words = new List<WordBox>();
        var index = 0;
        foreach (var (offset, item) in page.Frame.Flatten())
        {
            if (item is GlyphRunItem run)
            {
                AddWords(words, run, offset, index);
            }

            index++;
        }

        return words;
    }

    /// <summary>The word under a point, or the nearest one within a few units; null when the point is on no text.</summary>
    public static WordBox? At(IReadOnlyList<WordBox> words, float x, float y)
    {
        ArgumentNullException.ThrowIfNull(words);
        WordBox? best = null;
        var bestDistance = float.MaxValue;
        foreach (var word in words)
        {
            var box = word.Box;
            var dx = Math.Max(0, Math.Max(box.X - x, x - box.Right));
            var dy = Math.Max(0, Math.Max(box.Y - y, y - box.Bottom));
            var distance = MathF.Sqrt((dx * dx) + (dy * dy));
            if (distance <= Reach && distance < bestDistance)
            {
                best = word;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static void AddWords(List<WordBox> words, GlyphRunItem run, Point offset, int item)
    {
        var count = run.Glyphs.Length;
        if (count == 0 || run.Clusters.Length != count || run.X.Length != count)
        {
            return;
        }

        var top = offset.Y + run.Origin.Y - (run.Face.InkAscent * run.Size);
        var height = (run.Face.InkAscent + run.Face.InkDescent) * run.Size;
        var start = -1;
        for (var g = 0; g <= count; g++)
        {
            var blank = g == count || IsBlank(run, g);
            if (!blank && start < 0)
            {
                start = g;
            }
            else if (blank && start >= 0)
            {
                var left = run.X[start];
                var right = g < count ? run.X[g] : run.Width;
                var textStart = run.Clusters[start];
                var textEnd = g < count ? run.Clusters[g] : run.Text.Length;
                if (textEnd < textStart)
                {
                    (textStart, textEnd) = (textEnd, textStart);
                }

                var text = run.Text[Math.Clamp(textStart, 0, run.Text.Length)..Math.Clamp(textEnd, 0, run.Text.Length)].Trim();
                var x = offset.X + run.Origin.X + Math.Min(left, right);
                words.Add(new WordBox(new Rect(x, top, Math.Abs(right - left), height), item, start, text));
                start = -1;
            }
        }
    }

    /// <summary>True when the glyph draws white space (its cluster starts with a space character).</summary>
    private static bool IsBlank(GlyphRunItem run, int glyph)
    {
        var cluster = run.Clusters[glyph];
        return cluster >= 0 && cluster < run.Text.Length && char.IsWhiteSpace(run.Text[cluster]);
    }
}
