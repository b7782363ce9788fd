using System.Globalization;

namespace MaterialsGen.Cli;

/// <summary>
/// Which 1/N of the outputs a CI job builds: <c>--shard K/N</c> as written, or <c>--shard auto</c> read from
/// the CI's own variables. Outputs go to shards by a stable hash of their file name
/// (<see cref="MaterialsGen.Build.JobSelection"/>), so N jobs build every output exactly once.
/// </summary>
internal static class Shards
{
    /// <summary>The CI systems that number parallel jobs themselves: index variable, count variable, whether the index starts at 1.</summary>
    private static readonly (string Index, string Count, bool OneBased)[] Systems =
    [
        ("CI_NODE_INDEX", "CI_NODE_TOTAL", true),                          // GitLab CI: parallel: N
        ("CIRCLE_NODE_INDEX", "CIRCLE_NODE_TOTAL", false),                 // CircleCI: parallelism: N
        ("BUILDKITE_PARALLEL_JOB", "BUILDKITE_PARALLEL_JOB_COUNT", false), // Buildkite: parallelism: N
    ];

    /// <summary>Shard (1-based index, count), or null for no sharding; bad values are usage errors.</summary>
    public static (int Index, int Count)? Resolve(string? value, int? count, CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var text = cli.Text;
        if (value is null)
        {
            return count is null ? null : throw new UsageException(text["ShardCountAlone"]) { Command = "materialsgen build" };
        }

        if (value == "auto")
        {
            return Auto(count, cli);
        }

        var parts = value.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n
            ? (k, n)
            : throw new UsageException(text["ShardFormat"]) { Command = "materialsgen build" };
    }

    private static (int Index, int Count) Auto(int? count, CliContext cli)
    {
        var text = cli.Text;
        foreach (var (indexVariable, countVariable, oneBased) in Systems)
        {
            if (cli.Environment(indexVariable) is not { Length: > 0 } indexText)
            {
                continue;
            }

            var index = Number(indexText, indexVariable, cli) + (oneBased ? 0 : 1);
            var total = count ?? Number(cli.Environment(countVariable), countVariable, cli);
            return Checked(index, total, indexVariable, cli);
        }

        // A Kubernetes Indexed Job numbers its pods from 0 but does not say how many there are.
        if (cli.Environment("JOB_COMPLETION_INDEX") is { Length: > 0 } completion)
        {
            var total = count ?? throw new UsageException(text["ShardNeedsCount"]) { Command = "materialsgen build" };
            return Checked(Number(completion, "JOB_COMPLETION_INDEX", cli) + 1, total, "JOB_COMPLETION_INDEX", cli);
        }

        throw new UsageException(text["ShardAutoNone"]) { Command = "materialsgen build" };
    }

    private static (int, int) Checked(int index, int total, string variable, CliContext cli) =>
        total >= 1 && index >= 1 && index <= total
            ? (index, total)
            : throw new UsageException(cli.Text.Format("ShardOutOfRange", variable, index, total)) { Command = "materialsgen build" };

    private static int Number(string? value, string variable, CliContext cli) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException(cli.Text.Format("ShardVariable", variable, value ?? string.Empty)) { Command = "materialsgen build" };
}
