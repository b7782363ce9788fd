using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;

namespace MaterialsGen.Benchmarks;

/// <summary>The A4 handout end to end to an in-memory PDF.</summary>
public class HandoutPdfBenchmark() : EndToEndBenchmark("tai-lieu-sinh-hoat", OutputFormat.Pdf)
{
    [Benchmark]
    public long HandoutToPdf() => Run();
}
