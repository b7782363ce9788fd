using static MaterialsGen.Layout.LineBreaking.LineBreakClass;

namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// Finds line break opportunities with the default Unicode line breaking algorithm (UAX #14, Unicode 15.0),
/// checked case by case against Unicode's LineBreakTest.txt.
/// </summary>
internal static class LineBreaker
{
    /// <summary>
    /// Returns every position where a line may start, in order, ending with the end of the text (LB3).
    /// The start of the text is never one (LB2); an empty text has none.
    /// </summary>
    public static IReadOnlyList<LineBreakOpportunity> FindBreaks(string text) => FindBreaks(text, LineBreakTailoring.None);

    /// <summary>The break opportunities with a tailoring applied on top of the default rules.</summary>
    public static IReadOnlyList<LineBreakOpportunity> FindBreaks(string text, LineBreakTailoring tailoring)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var classified = ClassifiedText.Create(text);
        var breaks = new List<LineBreakOpportunity>();
        for (var index = 1; index < classified.Count; index++)
        {
            var action = LineBreakRules.Decide(classified, index);
            if (action == BreakAction.Allowed && tailoring == LineBreakTailoring.Vietnamese)
            {
                action = VietnameseLineBreakRules.Tailor(classified, index);
            }

            if (action != BreakAction.Prohibited)
            {
                breaks.Add(new LineBreakOpportunity(classified.Offsets[index], action == BreakAction.Mandatory));
            }
        }

        // LB3: the end always breaks; it is a hard break only when a hard line break character ends the text.
        var last = classified.Classes[classified.Count - 1];
        breaks.Add(new LineBreakOpportunity(text.Length, last is BK or CR or LF or NL));
        return breaks;
    }
}
