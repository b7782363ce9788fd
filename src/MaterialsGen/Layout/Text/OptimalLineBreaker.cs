namespace MaterialsGen.Layout.Text;

/// <summary>
/// Knuth–Plass paragraph breaking, in the form Typst uses: dynamic programming over the break
/// opportunities, where each line costs (1 + 100·|r|³ + penalty)², r being how far its word spaces
/// must stretch (r &gt; 0, against half a space each) or shrink (r &lt; 0, against a third of a space
/// each, never more) to fill the measure. The paragraph's total is minimal, so one loose line is
/// traded for a few slightly tighter ones instead of appearing wherever first fit leaves it. Ragged
/// (left, centred) text can ask for it too: its spaces never shrink, and the same costs even out the
/// line lengths and keep a lone word off the last line.
/// </summary>
internal static class OptimalLineBreaker
{
    private const double MinRatio = -1;
    private const double MaxRatio = 10;
    private const double OverfullCost = 1_000_000;

    // A runt costs as much as a line whose spaces stretch to 1.8 times what they can (about 90 % wider
    // than natural): a lone syllable is the worse of the two, as Vietnamese spaces also part the
    // syllables of one word (“tiêu / cực.”, “nhỏ / nhất.”); an even looser line is worse still.
    private const double RuntCost = 600;
    private const float Stretchability = 1 / 2f;
    private const float Shrinkability = 1 / 3f;

    /// <summary>One chosen line: where it ends and whether its spaces are adjusted to the measure.</summary>
    internal readonly record struct Line(int End, bool Justify);

    /// <summary>
    /// The optimal lines, or null when a piece is wider than the measure even with its spaces at their
    /// tightest (then first fit, which can break inside a word, takes over).
    /// </summary>
    public static List<Line>? Break(PreparedParagraph paragraph, float width)
    {
        var breaks = paragraph.Breaks;
        if (breaks.Count == 0)
        {
            return null;
        }

        // Entry 0 is the start of the text; entry k + 1 is a line ending at breaks[k].
        var total = new double[breaks.Count + 1];
        var pred = new int[breaks.Count + 1];
        var overfull = new bool[breaks.Count + 1];
        var active = 0;
        for (var j = 0; j < breaks.Count; j++)
        {
            var end = breaks[j].Index;
            var last = breaks[j].IsMandatory || end >= paragraph.Text.Length;
            var best = double.PositiveInfinity;
            var bestPred = -1;
            var bestOverfull = false;
            for (var i = active; i <= j; i++)
            {
                var start = i == 0 ? 0 : breaks[i - 1].Index;
                var ratio = Ratio(paragraph, start, end, width);
                if (ratio < MinRatio && i == active)
                {
                    // Every longer line, from an earlier start, is overfull too.
                    active++;
                }

                var cost = Cost(ratio, last, runt: last && start > 0 && IsRunt(paragraph, start, end, width, single: i == j));
                var sum = total[i] + cost;
                if (sum <= best)
                {
                    best = sum;
                    bestPred = i;
                    bestOverfull = overfull[i] || ratio < MinRatio;
                }
            }

            total[j + 1] = best;
            pred[j + 1] = bestPred;
            overfull[j + 1] = bestOverfull;
            if (breaks[j].IsMandatory)
            {
                // No line spans a hard break.
                active = j + 1;
            }
        }

        if (overfull[breaks.Count] || pred[breaks.Count] < 0)
        {
            return null;
        }

        var lines = new List<Line>();
        for (var k = breaks.Count; k > 0; k = pred[k])
        {
            // A last line is set at its natural width unless it only fits with its spaces shrunk.
            var b = breaks[k - 1];
            var start = pred[k] == 0 ? 0 : breaks[pred[k] - 1].Index;
            var last = b.IsMandatory || b.Index >= paragraph.Text.Length;
            lines.Add(new Line(b.Index, !last || Ratio(paragraph, start, b.Index, width) < 0));
        }

        lines.Reverse();
        return lines;
    }

    /// <summary>How much the line's spaces stretch (&gt; 0) or shrink (&lt; 0) relative to what they can.</summary>
    private static double Ratio(PreparedParagraph paragraph, int start, int end, float width)
    {
        var visible = LineSetter.VisibleEnd(paragraph.Text, start, end);
        var room = width - (start == 0 ? paragraph.Style.FirstLineIndent : 0);
        var delta = (double)room - paragraph.Width(start, visible);
        if (Math.Abs(delta) < 1e-3)
        {
            return 0;
        }

        if (paragraph.Style.Align != TextAlign.Justify)
        {
            // Ragged text is never squeezed, and a line's badness is the share of the measure it leaves empty.
            return delta < 0 ? MinRatio - 1 : delta / room;
        }

        var spaces = paragraph.SpaceWidth(start, visible);
        var adjustability = delta > 0 ? spaces * Stretchability : spaces * Shrinkability;
        if (adjustability <= 0)
        {
            return delta > 0 ? MaxRatio : MinRatio - 1;
        }

        return Math.Clamp(delta / adjustability, MinRatio - 1, MaxRatio);
    }

    /// <summary>
    /// A last line that looks left over. Justified text: a single word (Typst's runt). Ragged text: any
    /// last line under a quarter of the measure, or a single word under three ems (“mạng” or “ương” alone
    /// in a narrow column). A long word alone, such as the gloss “(comment)” or “9 không”, is not one:
    /// carrying a word down to it would split a compound (“bình / luận”, “tuân / thủ”), which syllable
    /// breaking cannot tell from two words.
    /// </summary>
    private static bool IsRunt(PreparedParagraph paragraph, int start, int end, float width, bool single)
    {
        if (paragraph.Style.Align == TextAlign.Justify)
        {
            return single;
        }

        var length = paragraph.Width(start, LineSetter.VisibleEnd(paragraph.Text, start, end));
        return length < width / 4 || (single && length < 3 * paragraph.FirstStyle.Size);
    }

    private static double Cost(double ratio, bool last, bool runt)
    {
        var badness = ratio < MinRatio ? OverfullCost
            : !last || ratio < 0 ? 100 * Math.Abs(ratio * ratio * ratio)
            : 0; // The last line is set at its natural width: only shrinking costs.
        var penalty = runt ? RuntCost : 0;
        var cost = 1 + badness + penalty;
        return cost * cost;
    }
}
