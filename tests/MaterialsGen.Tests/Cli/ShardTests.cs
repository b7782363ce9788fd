using System.Text.Json;
using MaterialsGen.Build;
using MaterialsGen.Cli;
using MaterialsGen.Cli.Localization;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Cli;

/// <summary>CI shards: the job number from the CI's own variables, every output in exactly one shard, the reports joined.</summary>
public sealed class ShardTests
{
    private static (int Index, int Count)? Resolve(string? value, int? count, params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return Shards.Resolve(value, count, new CliContext(TextWriter.Null, TextWriter.Null, Text.English, n => environment.GetValueOrDefault(n)));
    }

    [Fact]
    public void Auto_reads_gitlab_circleci_buildkite_and_kubernetes()
    {
        Assert.Equal((2, 3), Resolve("auto", null, ("CI_NODE_INDEX", "2"), ("CI_NODE_TOTAL", "3")));
        Assert.Equal((1, 4), Resolve("auto", null, ("CIRCLE_NODE_INDEX", "0"), ("CIRCLE_NODE_TOTAL", "4")));
        Assert.Equal((5, 5), Resolve("auto", null, ("BUILDKITE_PARALLEL_JOB", "4"), ("BUILDKITE_PARALLEL_JOB_COUNT", "5")));
        Assert.Equal((3, 8), Resolve("auto", 8, ("JOB_COMPLETION_INDEX", "2")));
        Assert.Equal((2, 4), Resolve("2/4", null));
        Assert.Null(Resolve(null, null));
    }

    [Theory]
    [InlineData("auto", null, "JOB_COMPLETION_INDEX", "1", "add --shard-count N")]
    [InlineData("auto", null, "NOTHING", "1", "--shard auto found no shard variables of a CI")]
    [InlineData("auto", null, "CI_NODE_INDEX", "x", "CI_NODE_INDEX is 'x', not a whole number")]
    [InlineData("auto", 2, "JOB_COMPLETION_INDEX", "2", "JOB_COMPLETION_INDEX gives shard 3 of 2, which does not exist")]
    [InlineData("5/4", null, "NOTHING", "", "--shard takes K/N with 1 ≤ K ≤ N")]
    [InlineData(null, 4, "NOTHING", "", "--shard-count goes with --shard auto")]
    public void Impossible_shards_are_usage_errors_that_say_why(string? value, int? count, string variable, string setting, string message)
    {
        var error = Assert.Throws<UsageException>(() => Resolve(value, count, (variable, setting)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_output_lands_in_exactly_one_shard_by_its_file_name()
    {
        using var project = new SampleProject();
        using var workspace = new Workspace(project.Root);
        var bag = new DiagnosticBag();
        var jobs = JobPlanner.Plan(workspace, ManifestReader.Read(workspace, bag)!, Path.Combine(project.Root, "output"), bag);
        foreach (var count in new[] { 1, 2, 3, 7 })
        {
            var shards = Enumerable.Range(1, count).Select(k => JobSelection.Shard(jobs, k, count).Select(j => j.RelativePath).ToList()).ToList();
            Assert.Equal(jobs.Select(j => j.RelativePath).Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
        }

        // Stable: an output is in the same shard whatever else the manifest holds.
        foreach (var job in jobs)
        {
            var alone = Enumerable.Range(1, 3).Single(k => JobSelection.Shard([job], k, 3).Count == 1);
            Assert.Contains(job, JobSelection.Shard(jobs, alone, 3));
        }
    }

    [Fact]
    public void The_shards_reports_merge_into_the_report_of_one_whole_build()
    {
        using var whole = new SampleProject();
        using var sharded = new SampleProject();
        const string only = "infographic-*,chia-se-4-tich-cuc-*";
        var wholeReport = Path.Combine(whole.Root, "whole.json");
        Assert.Equal(0, SampleProject.Run("build", "--project", whole.Root, "--only", only, "--manifest-out", wholeReport).Exit);
        var reports = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var report = Path.Combine(sharded.Root, $"shard-{k}.json");
            var environment = new Dictionary<string, string> { ["CI_NODE_INDEX"] = $"{k}", ["CI_NODE_TOTAL"] = "3" };
            var (exit, _, error) = SampleProject.RunWith(environment, "build", "--project", sharded.Root, "--only", only, "--shard", "auto", "--manifest-out", report);
            Assert.True(exit == 0, error);
            reports.Add(report);
        }

        var merged = Path.Combine(sharded.Root, "merged.json");
        var (mergeExit, output, mergeError) = SampleProject.Run(["merge-manifests", .. reports, "-o", merged]);
        Assert.True(mergeExit == 0, mergeError);
        Assert.Contains("merged 3 reports: 7 outputs", output, StringComparison.Ordinal);
        static string[] Outputs(string file) =>
            [.. JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray().Select(e => $"{e.GetProperty("path").GetString()} {e.GetProperty("sha256").GetString()}")];
        Assert.Equal(Outputs(wholeReport), Outputs(merged));
    }

    [Fact]
    public void Reports_that_disagree_or_are_not_reports_are_refused()
    {
        var folder = Directory.CreateTempSubdirectory("mg-merge-");
        try
        {
            var a = Path.Combine(folder.FullName, "a.json");
            var b = Path.Combine(folder.FullName, "b.json");
            var bad = Path.Combine(folder.FullName, "bad.json");
            File.WriteAllText(a, """[{"path":"output/x.pdf","sha256":"aaaaaaaaaaaaaaaa","pages":1,"bytes":3,"status":"built","inputs":[]}]""");
            File.WriteAllText(b, """[{"path":"output/x.pdf","sha256":"bbbbbbbbbbbbbbbb","pages":1,"bytes":3,"status":"built","inputs":[]}]""");
            File.WriteAllText(bad, """{"not": "a report"}""");
            var (exit, _, error) = SampleProject.Run("merge-manifests", a, b);
            Assert.Equal(1, exit);
            Assert.Contains("b.json: error MG0642: 'output/x.pdf' is also in", error, StringComparison.Ordinal);
            (exit, _, error) = SampleProject.Run("merge-manifests", a, bad);
            Assert.Equal(1, exit);
            Assert.Contains("bad.json: error MG0641: not a build report", error, StringComparison.Ordinal);
            (exit, var same, _) = SampleProject.Run("merge-manifests", a, a);
            Assert.Equal(0, exit);
            Assert.Single(JsonDocument.Parse(same).RootElement.EnumerateArray());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
