namespace MaterialsGen.Layout.LineBreaking;

internal readonly record struct LineBreakOpportunity(int Index, bool IsMandatory);

// Interim breaker (spaces and newlines only) until the UAX #14 implementation lands.
internal static class LineBreaker
{
    public static IReadOnlyList<LineBreakOpportunity> FindBreaks(string text)
    {
        var result = new List<LineBreakOpportunity>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                result.Add(new LineBreakOpportunity(i + 1, true));
            }
            else if (text[i] == ' ' && (i + 1 == text.Length || text[i + 1] != ' '))
            {
                result.Add(new LineBreakOpportunity(i + 1, false));
            }
        }

        if (result.Count == 0 || result[^1].Index != text.Length)
        {
            result.Add(new LineBreakOpportunity(text.Length, false));
        }

        return result;
    }
}
