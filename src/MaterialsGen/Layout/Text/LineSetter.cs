using System.Globalization;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// Breaks a prepared paragraph into lines for one width at UAX #14 opportunities: optimally
/// (<see cref="OptimalLineBreaker"/>) when the style asks for it, otherwise by first fit, which also
/// takes over for a word longer than the line and breaks it between grapheme clusters as a last resort.
/// </summary>
internal static class LineSetter
{
    private const float Epsilon = 0.01f;

    /// <param name="origins">The markup offset of each character of the paragraph's text, for the glyph runs; null for none.</param>
    public static List<TextLine> Set(PreparedParagraph paragraph, float width, int[]? origins = null)
    {
        if (paragraph.Style.Optimized && OptimalLineBreaker.Break(paragraph, width) is { } optimal)
        {
            var set = new List<TextLine>(optimal.Count);
            var from = 0;
            foreach (var line in optimal)
            {
                set.Add(LineBuilder.Build(paragraph, from, line.End, width, from == 0 ? paragraph.Style.FirstLineIndent : 0, line.Justify, origins));
                from = line.End;
            }

            return set;
        }

        return FirstFit(paragraph, width, origins);
    }

    private static List<TextLine> FirstFit(PreparedParagraph paragraph, float width, int[]? origins)
    {
        var text = paragraph.Text;
        var lines = new List<TextLine>();
        var breaks = paragraph.Breaks;
        var next = 0;
        var start = 0;
        while (start < text.Length)
        {
            var indent = lines.Count == 0 ? paragraph.Style.FirstLineIndent : 0;
            var room = width - indent;
            var end = -1;
            var mandatory = false;
            while (next < breaks.Count && breaks[next].Index <= start)
            {
                next++;
            }

            var probe = next;
            while (probe < breaks.Count)
            {
                var candidate = breaks[probe];
                if (paragraph.Width(start, VisibleEnd(text, start, candidate.Index)) > room + Epsilon)
                {
                    break;
                }

                end = candidate.Index;
                probe++;
                if (candidate.IsMandatory)
                {
                    mandatory = true;
                    break;
                }
            }

            var brokenWordEnd = -1;
            if (end < 0)
            {
                var wordEnd = probe < breaks.Count ? breaks[probe].Index : text.Length;
                end = EmergencyBreak(paragraph, start, room, wordEnd);
                brokenWordEnd = end < LineSetter.VisibleEnd(text, start, wordEnd) ? wordEnd : -1;
            }

            var last = end >= text.Length;
            var line = LineBuilder.Build(paragraph, start, end, width, indent, justify: !last && !mandatory, origins);
            lines.Add(brokenWordEnd < 0 ? line : line with { BrokenWordEnd = brokenWordEnd });
            start = end;
        }

        if (lines.Count == 0)
        {
            lines.Add(LineBuilder.Build(paragraph, 0, 0, width, 0, justify: false, origins));
        }

        return lines;
    }

    /// <summary>The widest unbreakable piece: what a column must at least give this paragraph.</summary>
    public static float MinContentWidth(PreparedParagraph paragraph)
    {
        var widest = 0f;
        var start = 0;
        foreach (var opportunity in paragraph.Breaks)
        {
            widest = Math.Max(widest, paragraph.Width(start, VisibleEnd(paragraph.Text, start, opportunity.Index)));
            start = opportunity.Index;
        }

        return widest + paragraph.Style.FirstLineIndent;
    }

    /// <summary>The width of the longest forced line: what the paragraph takes when nothing wraps it.</summary>
    public static float MaxContentWidth(PreparedParagraph paragraph)
    {
        var widest = 0f;
        var start = 0;
        foreach (var opportunity in paragraph.Breaks)
        {
            if (opportunity.IsMandatory || opportunity.Index >= paragraph.Text.Length)
            {
                widest = Math.Max(widest, paragraph.Width(start, VisibleEnd(paragraph.Text, start, opportunity.Index)));
                start = opportunity.Index;
            }
        }

        return widest + paragraph.Style.FirstLineIndent;
    }

    internal static int VisibleEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\n' or '\r' or '\t' or '\u200B')
        {
            end--;
        }

        return end;
    }

    private static int EmergencyBreak(PreparedParagraph paragraph, int start, float room, int wordEnd)
    {
        var text = paragraph.Text;
        var end = start;
        while (end < wordEnd)
        {
            var cluster = StringInfo.GetNextTextElementLength(text, end);
            if (end > start && paragraph.Width(start, end + cluster) > room + Epsilon)
            {
                break;
            }

            end += cluster;
        }

        return end;
    }
}
