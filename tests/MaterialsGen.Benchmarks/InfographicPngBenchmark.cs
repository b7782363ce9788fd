using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;

namespace MaterialsGen.Benchmarks;

/// <summary>The 1080×1350 "4 tích cực" infographic end to end to PNG bytes.</summary>
public class InfographicPngBenchmark() : EndToEndBenchmark("infographic-4-tich-cuc", OutputFormat.Png)
{
    [Benchmark]
    public long InfographicToPng() => Run();
}
