using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Medians, not only means: on a shared machine a few slow iterations skew the mean. One joined table
// so BENCHMARKS.md can quote a single summary.
var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(MaterialsGen.Benchmarks.RepoRoot).Assembly).Run(args, config);
