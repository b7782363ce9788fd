namespace MaterialsGen.Markup;

/// <summary>
/// The markup offset of each character of a parsed text or attribute value. Entities (<c>&amp;amp;</c>
/// is one character of the value and five of the markup) and CR LF pairs break the one-to-one run, and
/// then each character keeps its own offset; most values are a plain run and keep only the start.
/// </summary>
internal readonly record struct MarkupOffsets(int Start, int[]? Table)
{
    public static MarkupOffsets None { get; } = new(-1, null);

    /// <summary>The markup offset of character <paramref name="index"/> of the value; −1 when unknown.</summary>
    public int At(int index) =>
        Start < 0 ? -1
        : Table is null ? Start + Math.Max(0, index)
        : Table.Length == 0 ? Start : Table[Math.Clamp(index, 0, Table.Length - 1)];

    /// <summary>Follows a value from its first markup character: entities, CDATA and CR LF decoded as XML readers do.</summary>
    internal static MarkupOffsets Decode(string markup, int start, string value, bool cdata)
    {
        if (start < 0 || start > markup.Length)
        {
            return None;
        }

        if (cdata && markup.AsSpan(start).StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            start += 9;
        }

        // Most values are copied verbatim from the markup (no entity, no CR LF): one vectorised compare.
        if (markup.Length - start >= value.Length && markup.AsSpan(start, value.Length).SequenceEqual(value))
        {
            return new MarkupOffsets(start, null);
        }

        int[]? table = null;
        var p = start;
        for (var i = 0; i < value.Length; i++)
        {
            var produced = 1;
            var at = Math.Min(p, Math.Max(0, markup.Length - 1));
            var next = p + 1;
            if (p < markup.Length && markup[p] == '&' && !cdata && markup.IndexOf(';', p) is var semicolon and > 0)
            {
                produced = char.IsHighSurrogate(value[i]) && i + 1 < value.Length ? 2 : 1;
                next = semicolon + 1;
            }
            else if (p + 1 < markup.Length && markup[p] == '\r' && markup[p + 1] == '\n')
            {
                next = p + 2;
            }

            for (var k = 0; k < produced; k++)
            {
                if (table is null && at != start + i + k)
                {
                    table = new int[value.Length];
                    for (var j = 0; j < i + k; j++)
                    {
                        table[j] = start + j;
                    }
                }

                if (table is not null)
                {
                    table[i + k] = at;
                }
            }

            i += produced - 1;
            p = next;
        }

        return new MarkupOffsets(start, table);
    }

    /// <summary>The offset of an attribute's value, from the offset of its name: past the name, '=', and the quote.</summary>
    internal static int AttributeValueStart(string markup, int nameStart)
    {
        var p = nameStart;
        while (p < markup.Length && markup[p] is not ('=' or ' ' or '\t' or '\r' or '\n'))
        {
            p++;
        }

        while (p < markup.Length && markup[p] is not ('"' or '\''))
        {
            p++;
        }

        return Math.Min(p + 1, markup.Length);
    }
}
