using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Layout.Text;

/// <summary>A stretch of paragraph text in one face and style, shaped. [Start, End) index the paragraph text.</summary>
internal sealed record ShapedRun(int Start, int End, TextStyle Style, FontFace Face, ShapedGlyph[] Glyphs)
{
    /// <summary>
    /// For an emoji cluster: the pictures that draw it, one per glyph (a glyph's id is its picture's
    /// index); <see cref="Face"/> is then the text's face, which sizes the line.
    /// </summary>
    public ImageSource[]? Emoji { get; init; }

    /// <summary>Whether clusters never decrease (left-to-right shaping), so a line's glyphs can be found by binary search.</summary>
    public bool InClusterOrder { get; } = IsInClusterOrder(Glyphs);

    /// <summary>The index of the first glyph a line starting at text index <paramref name="from"/> draws.</summary>
    public int FirstGlyphAt(int from)
    {
        if (!InClusterOrder)
        {
            return 0;
        }

        int low = 0, high = Glyphs.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Glyphs[middle].Cluster < from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool IsInClusterOrder(ShapedGlyph[] glyphs)
    {
        for (var i = 1; i < glyphs.Length; i++)
        {
            if (glyphs[i].Cluster < glyphs[i - 1].Cluster)
            {
                return false;
            }
        }

        return true;
    }
}
