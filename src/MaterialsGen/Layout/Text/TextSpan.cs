using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Text;

/// <summary>What a span of a paragraph holds besides plain text: numbers only known once pages are counted.</summary>
internal enum TextField
{
    None,
    PageNumber,
    PageCount,
}

/// <summary>A run of text with one style, and where it came from so a missing glyph can be located.</summary>
internal sealed record TextSpan(string Text, TextStyle Style, SourceSpan Source, TextField Field = TextField.None);
