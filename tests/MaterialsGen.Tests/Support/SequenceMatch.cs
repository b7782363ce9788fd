namespace MaterialsGen.Tests.Support;

/// <summary>How alike two sequences are: twice the longest common subsequence over the total length (1 = the same).</summary>
internal static class SequenceMatch
{
    public static double Ratio<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 1;
        }

        var comparer = EqualityComparer<T>.Default;
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = comparer.Equals(a[i - 1], b[j - 1]) ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return 2.0 * previous[b.Count] / (a.Count + b.Count);
    }
}
