using BenchmarkDotNet.Attributes;
using MaterialsGen.Content;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Benchmarks;

/// <summary>Reading and checking data/giai-phap.yaml from its bytes (decode, YAML, schema).</summary>
[MemoryDiagnoser]
public class ContentLoadBenchmark
{
    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(Path.Combine(RepoRoot.Path, "data", "giai-phap.yaml"));

    [Benchmark]
    public object LoadSolutions()
    {
        var diagnostics = new DiagnosticBag();
        return SampleJobs.Check(ContentLoader.Load("data/giai-phap.yaml", _bytes, diagnostics), diagnostics, "load");
    }
}
