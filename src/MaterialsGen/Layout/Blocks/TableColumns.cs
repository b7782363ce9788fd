using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// Column widths for a table, after CSS's automatic table layout: each column's min-content width (its
/// longest unbreakable run) and max-content width (its longest line unwrapped) over every row. Fixed
/// columns keep their length; auto columns get their max-content when it all fits, else the room is
/// shared in proportion to how much each would still grow; fractions share what is left but never give
/// a column less than its longest word while the table has room. Only when the minimums themselves do
/// not fit does a column go narrower, with a warning.
/// </summary>
internal static class TableColumns
{
    private const float Epsilon = 0.01f;

    /// <summary>The widths for <paramref name="width"/>, and the columns that had to go below their min-content width.</summary>
    public static (float[] Widths, List<(int Column, float Width, float Needed)> TooNarrow) Compute(
        ImmutableArray<ColumnWidth> columns, IEnumerable<RowBlock> rows, LayoutContext context, float width)
    {
        var count = columns.Length;
        var min = new float[count];
        var max = new float[count];
        foreach (var row in rows)
        {
            for (var c = 0; c < Math.Min(count, row.Columns.Length); c++)
            {
                if (columns[c].Kind != ColumnWidthKind.Fixed)
                {
                    var content = row.Columns[c].Content;
                    min[c] = Math.Max(min[c], content.MinWidth(context));
                    max[c] = Math.Max(max[c], Math.Max(content.MaxWidth(context), min[c]));
                }
            }
        }

        var widths = new float[count];
        var left = width;
        for (var c = 0; c < count; c++)
        {
            if (columns[c].Kind == ColumnWidthKind.Fixed)
            {
                widths[c] = columns[c].Value;
                left -= widths[c];
            }
        }

        var flexible = Enumerable.Range(0, count).Where(c => columns[c].Kind != ColumnWidthKind.Fixed).ToList();
        var minimum = flexible.Sum(c => min[c]);
        var tooNarrow = new List<(int, float, float)>();
        if (minimum > left + Epsilon)
        {
            // Not even the longest words fit: every column gives up the same share of its minimum.
            var scale = minimum > 0 ? Math.Max(0, left) / minimum : 0;
            foreach (var c in flexible)
            {
                widths[c] = min[c] * scale;
                if (widths[c] < min[c] - Epsilon)
                {
                    tooNarrow.Add((c, widths[c], min[c]));
                }
            }

            return (widths, tooNarrow);
        }

        var fractions = flexible.Where(c => columns[c].Kind == ColumnWidthKind.Fraction).ToList();
        var autos = flexible.Where(c => columns[c].Kind == ColumnWidthKind.Auto).ToList();
        if (fractions.Count == 0)
        {
            Auto(autos, min, max, left, widths);
            return (widths, tooNarrow);
        }

        // Auto columns beside fractions take their max-content as far as the fractions' minimums allow.
        var reserved = minimum;
        foreach (var c in autos)
        {
            reserved -= min[c];
            widths[c] = Math.Clamp(left - reserved, min[c], Math.Max(min[c], max[c]));
            left -= widths[c];
        }

        Share(fractions, columns, min, left, widths);
        return (widths, tooNarrow);
    }

    /// <summary>CSS's auto layout: max-content plus a share of the spare room, or between min- and max-content.</summary>
    private static void Auto(List<int> autos, float[] min, float[] max, float room, float[] widths)
    {
        var sumMax = autos.Sum(c => max[c]);
        var sumMin = autos.Sum(c => min[c]);
        foreach (var c in autos)
        {
            if (sumMax <= room)
            {
                // The table fills its width: the spare room goes to columns in proportion to their content.
                widths[c] = sumMax > 0 ? max[c] + ((room - sumMax) * max[c] / sumMax) : room / autos.Count;
            }
            else
            {
                var growth = sumMax - sumMin;
                widths[c] = min[c] + (growth > 0 ? (room - sumMin) * (max[c] - min[c]) / growth : 0);
            }
        }
    }

    /// <summary>Fractions of the room, each column raised to its min-content and the others sharing what remains.</summary>
    private static void Share(List<int> fractions, ImmutableArray<ColumnWidth> columns, float[] min, float room, float[] widths)
    {
        var open = new List<int>(fractions);
        var changed = true;
        while (changed && open.Count > 0)
        {
            changed = false;
            var total = open.Sum(c => columns[c].Value);
            foreach (var c in open)
            {
                widths[c] = total > 0 ? room * columns[c].Value / total : 0;
            }

            foreach (var c in open.Where(c => widths[c] < min[c] - Epsilon).ToList())
            {
                widths[c] = min[c];
                room -= min[c];
                open.Remove(c);
                changed = true;
            }
        }
    }

    /// <summary>One warning per table naming every column that had to go below its longest word.</summary>
    public static void Warn(LayoutContext context, SourceSpan source, List<(int Column, float Width, float Needed)> tooNarrow)
    {
        if (tooNarrow.Count == 0)
        {
            return;
        }

        var columns = string.Join(", ", tooNarrow.Select(c => string.Create(CultureInfo.InvariantCulture, $"column {c.Column + 1} gets {c.Width:0.#} pt of the {c.Needed:0.#} pt its longest word needs")));
        var warning = Diagnostic.Warning(
            "MG0406",
            $"the table is narrower than its longest words, which will break inside: {columns}; give the table more room, shorten those words or set the column widths",
            source);
        if (!context.Diagnostics.Items.Contains(warning))
        {
            context.Diagnostics.Add(warning);
        }
    }
}
