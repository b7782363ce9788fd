namespace MaterialsGen.Diagnostics;

/// <summary>Finds the "did you mean" candidate for a misspelt name by edit distance.</summary>
internal static class NearestName
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
        if (bestDistance <= limit)
        {
            return best;
        }

        // A name that is the first words of a longer one (“Be Vietnam” for “Be Vietnam Pro”) is too many
        // edits away to look like a typo, but is plainly meant; only when one candidate starts so.
        var words = name.Trim() + " ";
        var longer = words.Length > 3 ? candidates.Where(c => c.StartsWith(words, StringComparison.OrdinalIgnoreCase)).Take(2).ToList() : [];
        return longer.Count == 1 ? longer[0] : null;
    }

    /// <summary>Appends ", did you mean 'x'?" when a near candidate exists.</summary>
    public static string Suggest(string name, IEnumerable<string> candidates)
    {
        var nearest = Find(name, candidates);
        return nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
    }

    /// <summary>
    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring letters each cost one, so "pgn" is one edit from "png" and "titel" from "title".
    /// </summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
