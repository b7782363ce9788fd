using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;

namespace MaterialsGen.Benchmarks;

/// <summary>The Party-format handout of one branch record end to end to an in-memory PDF: the batch's unit of work.</summary>
public class PartyHandoutPdfBenchmark() : EndToEndBenchmark(SampleJobs.PartyHandout, OutputFormat.Pdf)
{
    /// <summary>Tagged, PDF/A-2b and PDF/UA-1, as materials.yaml asks.</summary>
    [Benchmark]
    public long PartyHandoutToPdf() => Run();

    /// <summary>Tagged only: what XMP and the output intent add is the difference.</summary>
    [Benchmark]
    public long PartyHandoutToTaggedPdf() => Run(MaterialsGen.Rendering.Pdf.PdfOptions.Default);
}
