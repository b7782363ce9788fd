namespace MaterialsGen.Diagnostics;

/// <summary>Finds the "did you mean" candidate for a misspelt name by edit distance.</summary>
public static class NearestName
{
    /// <summary>Returns the closest candidate within a distance that still looks like a typo, or null.</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        var limit = Math.Max(1, Math.Min(3, name.Length / 3));
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Appends ", did you mean 'x'?" when a near candidate exists.</summary>
    public static string Suggest(string name, IEnumerable<string> candidates)
    {
        var nearest = Find(name, candidates);
        return nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
