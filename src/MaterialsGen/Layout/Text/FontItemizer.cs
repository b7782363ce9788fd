using System.Globalization;
using System.Text;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// Chooses a face for each grapheme cluster from the span's fallback chain, so a letter and its marks
/// always come from one font. A cluster that asks for emoji presentation (👍, ❤️, 🇻🇳, 👍🏽, 👨‍👩‍👧), or
/// that no font has but the emoji set does, becomes an item of its own with the set's pictures and
/// the span's face (which sizes the line and carries the text in a PDF). A cluster that neither the
/// fonts nor the emoji set can draw is an error, never a .notdef box.
/// </summary>
internal static class FontItemizer
{
    public static List<(int Start, int End, int Segment, FontFace Face, ImageSource[]? Emoji)> Itemize(
        string text, IReadOnlyList<(int Start, int End, TextSpan Span)> segments, FontLibrary fonts, List<TextProblem> problems)
    {
        var items = new List<(int Start, int End, int Segment, FontFace Face, ImageSource[]? Emoji)>();
        for (var s = 0; s < segments.Count; s++)
        {
            var (start, end, span) = segments[s];
            var chain = fonts.Chain(span.Style.Family, span.Style.Weight, span.Style.Italic);
            if (chain.Count == 0)
            {
                problems.Add(new TextProblem(Severity.Error, "MG0302", $"no font is available for family '{span.Style.Family}'{NearestName.Suggest(span.Style.Family, fonts.Families)}", start, AtElement: true));
                continue;
            }

            var i = start;
            while (i < end)
            {
                var length = Math.Min(StringInfo.GetNextTextElementLength(text, i), end - i);
                var cluster = text.AsSpan(i, length);
                var emoji = fonts.Emoji is { } set && EmojiPresentation.Wants(cluster) ? set.Find(cluster) : null;
                var picked = emoji is null ? Pick(text, i, length, chain) : null;
                emoji ??= picked is null ? fonts.Emoji?.Find(cluster) : null;
                if (emoji is not null)
                {
                    items.Add((i, i + length, s, chain[0], emoji));
                    i += length;
                    continue;
                }

                var face = picked ?? chain[0];
                if (picked is null)
                {
                    ReportMissing(text, i, length, chain, fonts.Emoji, problems);
                }

                if (items.Count > 0 && items[^1].Segment == s && items[^1].Face == face && items[^1].End == i && items[^1].Emoji is null)
                {
                    items[^1] = items[^1] with { End = i + length };
                }
                else
                {
                    items.Add((i, i + length, s, face, null));
                }

                i += length;
            }
        }

        return items;
    }

    private static FontFace? Pick(string text, int start, int length, IReadOnlyList<FontFace> chain)
    {
        foreach (var face in chain)
        {
            if (Covers(face, text, start, length))
            {
                return face;
            }
        }

        return null;
    }

    private static bool Covers(FontFace face, string text, int start, int length)
    {
        foreach (var rune in text.AsSpan(start, length).EnumerateRunes())
        {
            if (!IsIgnorable(rune.Value) && !face.HasGlyph(rune.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Characters shaping consumes without a glyph of their own: breaks, joiners, variation selectors.</summary>
    internal static bool IsIgnorable(int codepoint) =>
        codepoint is '\n' or '\r' or '\t' or 0x00AD or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF
        || codepoint is >= 0xFE00 and <= 0xFE0F
        || codepoint is >= 0xE0100 and <= 0xE01EF;

    private static void ReportMissing(string text, int start, int length, IReadOnlyList<FontFace> chain, EmojiSet? emoji, List<TextProblem> problems)
    {
        var index = start;
        foreach (var rune in text.AsSpan(start, length).EnumerateRunes())
        {
            var at = index;
            index += rune.Utf16SequenceLength;
            if (IsIgnorable(rune.Value) || chain.Any(f => f.HasGlyph(rune.Value)))
            {
                continue;
            }

            var context = Context(text, start);
            var families = string.Join(", ", chain.Select(f => f.Family).Distinct()) + (emoji is null ? string.Empty : " and the emoji set " + emoji.Name);
            problems.Add(new TextProblem(
                Severity.Error,
                "MG0301",
                string.Create(CultureInfo.InvariantCulture, $"no font has a glyph for U+{rune.Value:X4} '{rune}' in \"{context}\" (tried {families})"),
                at));
            return;
        }
    }

    private static string Context(string text, int index)
    {
        var from = Math.Max(0, index - 20);
        var to = Math.Min(text.Length, index + 20);
        var builder = new StringBuilder(text, from, to - from, to - from + 2);
        builder.Replace('\n', ' ');
        return (from > 0 ? "…" : string.Empty) + builder + (to < text.Length ? "…" : string.Empty);
    }
}
