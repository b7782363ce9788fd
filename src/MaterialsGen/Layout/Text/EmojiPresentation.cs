using MaterialsGen.Layout.LineBreaking;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// Whether a grapheme cluster asks to be drawn as a colour emoji rather than as a text glyph (UTS #51):
/// a character whose default is emoji presentation (👍 ✅), or a sequence only emoji have (VS16 U+FE0F,
/// a keycap, a skin tone, a flag, a ZWJ sequence, a tag sequence). VS15 (U+FE0E) asks for text.
/// </summary>
internal static class EmojiPresentation
{
    private static readonly Lazy<CodePointTable> Defaults = new(() =>
    {
        var table = new CodePointTable.Builder(0);
        UcdFile.Read("emoji-presentation.txt", (start, end, value) =>
            table.Add(start, end, value is "Emoji_Presentation" ? (byte)1 : throw new InvalidDataException($"Unexpected property value '{value}' in emoji-presentation.txt.")));
        return table.Build();
    });

    /// <summary>Reads the table now, not at the first text's first use (a build's warm-up, on another core).</summary>
    public static void Load() => _ = Defaults.Value;

    public static bool Wants(ReadOnlySpan<char> cluster)
    {
        var emoji = false;
        var first = true;
        foreach (var rune in cluster.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == 0xFE0E)
            {
                return false;
            }

            emoji |= (first && Defaults.Value[c] != 0)
                || c is 0xFE0F or 0x20E3 or 0x200D
                || c is >= 0x1F3FB and <= 0x1F3FF // skin tones
                || c is >= 0x1F1E6 and <= 0x1F1FF // regional indicators: flags
                || c is >= 0xE0020 and <= 0xE007F; // tags: subdivision flags
            first = false;
        }

        return emoji;
    }
}
