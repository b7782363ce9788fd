using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Medians, not only means: on a shared machine a few slow iterations skew the mean. One joined table
// so BENCHMARKS.md can quote a single summary.
var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median)
    .WithOptions(ConfigOptions.JoinSummary);
// `preview-latency URL PROJECT RUNS` (tests/bench/preview.sh) times a running preview in the browser instead.
if (args is ["preview-latency", var url, var project, var runs])
{
    return await MaterialsGen.Benchmarks.PreviewLatency.RunAsync(url, project, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture));
}

// `stages ROUNDS [off]` prints where a batch record's time goes, stage by stage, with memoisation on or off.
if (args is ["stages", var rounds, ..])
{
    return MaterialsGen.Benchmarks.StageProfile.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture), memoize: args is not [_, _, "off"]);
}

BenchmarkSwitcher.FromAssembly(typeof(MaterialsGen.Benchmarks.RepoRoot).Assembly).Run(args, config);
return 0;
