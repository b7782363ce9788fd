using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Layout.Text;

/// <summary>A stretch of paragraph text in one face and style, shaped. [Start, End) index the paragraph text.</summary>
internal sealed record ShapedRun(int Start, int End, TextStyle Style, FontFace Face, ShapedGlyph[] Glyphs);
