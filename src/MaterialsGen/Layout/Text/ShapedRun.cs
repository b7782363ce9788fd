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
}
