using System.Globalization;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>
/// Finds where each character of a value read from a file stands in that file, by walking the value and
/// its source text side by side. What a reader drops (quotes, indentation, the line breaks a folded block
/// or a multi-line plain scalar turns into spaces, a doubled quote) is skipped; what it makes (a folded
/// space, an escape's character, an NFC letter from NFD input) stands at the source characters it came from.
/// </summary>
internal static class ValuePositions
{
    /// <param name="source">The whole file text.</param>
    /// <param name="from">Offset of the value's first source character (after an opening quote or a block header).</param>
    /// <param name="to">Offset just past the value's last source character.</param>
    /// <param name="backslashEscapes">Double-quoted YAML: <c>\n</c>, <c>\u00E9</c> and a backslash at a line end are escapes.</param>
    public static TextPositions Find(SourceLines lines, string source, int from, int to, string value, bool backslashEscapes)
    {
        to = Math.Min(to, source.Length);
        from = Math.Clamp(from, 0, to);
        if (!backslashEscapes && to - from >= value.Length && source.AsSpan(from, value.Length).SequenceEqual(value))
        {
            return TextPositions.Run(lines, from);
        }

        var offsets = new int[value.Length];
        var p = from;
        for (var i = 0; i < value.Length; i++)
        {
            offsets[i] = Next(source, ref p, to, value, i, offsets, backslashEscapes);
        }

        return TextPositions.Table(lines, offsets);
    }

    private static int Next(string source, ref int p, int to, string value, int i, int[] offsets, bool escapes)
    {
        var c = value[i];
        var last = Math.Max(0, to - 1);
        if (char.IsLowSurrogate(c) && i > 0 && (p >= to || source[p] != c))
        {
            return offsets[i - 1];
        }

        while (true)
        {
            var q = p;
            while (q < to && source[q] != c && IsLayout(source[q]) && !(escapes && source[q] == '\\'))
            {
                q++;
            }

            if (q < to && source[q] == c && !(escapes && c == '\\'))
            {
                p = q + 1;
                return q;
            }

            if (escapes && q < to && source[q] == '\\')
            {
                var length = EscapeLength(source, q, to, out var producesCharacter);
                p = q + length;
                if (!producesCharacter)
                {
                    continue;
                }

                return q;
            }

            if (c is ' ' or '\n' or '\t')
            {
                // A space or line break the reader made from layout (folding): it stands where the layout began.
                return Math.Min(p, last);
            }

            // A letter the reader composed (NFD in the file): the source's letter and its marks.
            var at = Math.Min(q, last);
            p = q < to ? q + Math.Max(1, StringInfo.GetNextTextElementLength(source.AsSpan(q, to - q))) : q;
            return at;
        }
    }

    private static bool IsLayout(char c) => c is ' ' or '\t' or '\r' or '\n' or '"' or '\'';

    private static int EscapeLength(string source, int at, int to, out bool producesCharacter)
    {
        producesCharacter = true;
        if (at + 1 >= to)
        {
            return 1;
        }

        switch (source[at + 1])
        {
            case 'x':
                return Math.Min(4, to - at);
            case 'u':
                return Math.Min(6, to - at);
            case 'U':
                return Math.Min(10, to - at);
            case '\r' or '\n':
                // An escaped line break joins the lines: it makes no character, and the next line's indentation goes too.
                producesCharacter = false;
                var end = at + 1;
                while (end < to && source[end] is '\r' or '\n' or ' ' or '\t')
                {
                    end++;
                }

                return end - at;
            default:
                return 2;
        }
    }
}
