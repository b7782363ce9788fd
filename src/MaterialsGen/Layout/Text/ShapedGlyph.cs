namespace MaterialsGen.Layout.Text;

/// <summary>One glyph out of HarfBuzz, scaled to points. <see cref="Cluster"/> is a UTF-16 index into the paragraph text.</summary>
internal readonly record struct ShapedGlyph(ushort Glyph, int Cluster, float Advance, float XOffset, float YOffset);
