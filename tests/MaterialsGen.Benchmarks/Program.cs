using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MaterialsGen.Benchmarks.RepoRoot).Assembly).Run(args);
