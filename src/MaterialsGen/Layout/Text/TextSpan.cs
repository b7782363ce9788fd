using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Text;

/// <summary>What a span of a paragraph holds besides plain text: numbers only known once pages are counted.</summary>
internal enum TextField
{
    None,
    PageNumber,
    PageCount,
}

/// <summary>
/// A run of text with one style. <see cref="Source"/> is the element that holds it (its template line);
/// <see cref="SourceOffsets"/> is the markup offset of each character of <see cref="Text"/> (one offset for a
/// field or a marker), which the document's <see cref="IOriginMap"/> turns into content and template
/// positions. Offsets never take part in caching: two records with the same text share shaping.
/// </summary>
internal sealed record TextSpan(string Text, TextStyle Style, SourceSpan Source, TextField Field = TextField.None)
{
    public OffsetRuns? SourceOffsets { get; init; }

    /// <summary>The markup offset of character <paramref name="index"/>; −1 when unknown.</summary>
    public int OriginAt(int index) => SourceOffsets?.At(Math.Min(index, Math.Max(0, Text.Length - 1))) ?? -1;
}
