using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;

namespace MaterialsGen.Benchmarks;

/// <summary>The Party-format handout of one branch record end to end to an in-memory PDF: the batch's unit of work.</summary>
public class PartyHandoutPdfBenchmark() : EndToEndBenchmark(SampleJobs.PartyHandout, OutputFormat.Pdf)
{
    [Benchmark]
    public long PartyHandoutToPdf() => Run();
}
