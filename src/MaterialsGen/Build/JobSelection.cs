using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MaterialsGen.Build;

/// <summary>Narrows the planned outputs: by a name pattern (--only) and to one CI shard (--shard K/N).</summary>
internal static class JobSelection
{
    /// <summary>Outputs whose name matches a glob (<c>*</c>, <c>?</c>); several patterns separated by commas.</summary>
    public static List<OutputJob> Only(IEnumerable<OutputJob> jobs, string patterns)
    {
        var regexes = patterns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new Regex("^" + Regex.Escape(p).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant))
            .ToList();
        return jobs.Where(j => regexes.Exists(r => r.IsMatch(j.Name) || r.IsMatch(Path.GetFileName(j.RelativePath)))).ToList();
    }

    /// <summary>
    /// Shard <paramref name="index"/> of <paramref name="count"/> (1-based): decided by a hash of the output's
    /// path alone, so every job lands in exactly one shard whatever the order or the machine.
    /// </summary>
    public static List<OutputJob> Shard(IEnumerable<OutputJob> jobs, int index, int count) =>
        jobs.Where(j => ShardOf(Path.GetFileName(j.RelativePath), count) == index - 1).ToList();

    internal static int ShardOf(string path, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(path));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)count);
    }
}
