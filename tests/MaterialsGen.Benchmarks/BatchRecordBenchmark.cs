using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Rendering.Pdf;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// The next record of a mail merge, warm: each call composes and encodes the Party handout of the next of
/// the sample's branch records in turn (five different branches, so the first page, its glyphs and its
/// subsets differ from the previous call's), as a batch process does once the session is warm.
/// <see cref="PartyHandoutPdfBenchmark"/> repeats one record instead.
/// </summary>
[MemoryDiagnoser]
public class BatchRecordBenchmark
{
    private Workspace _workspace = null!;
    private Manifest _manifest = null!;
    private List<(OutputJob Job, PdfOptions Pdf)> _jobs = null!;
    private MemoryStream _stream = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        (_manifest, var first) = SampleJobs.Find(_workspace, SampleJobs.PartyHandout);
        var diagnostics = new DiagnosticBag();
        _jobs = [.. JobPlanner.Plan(_workspace, _manifest, Path.Combine(_workspace.Root, "output"), diagnostics)
            .Where(j => j.Entry == first.Entry && j.Format == OutputFormat.Pdf)
            .Select(j => (j, DocumentComposer.PdfOptionsFor(_workspace, j, diagnostics)))];
        _stream = new MemoryStream(1024 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _workspace.Dispose();
        _stream.Dispose();
    }

    [Benchmark]
    public long NextRecordToPdf()
    {
        var (job, pdf) = _jobs[_next++ % _jobs.Count];
        var diagnostics = new DiagnosticBag();
        var document = SampleJobs.Check(DocumentComposer.Compose(_workspace, job, diagnostics), diagnostics, "compose");
        _stream.SetLength(0);
        OutputWriter.Encode(document, OutputFormat.Pdf, _stream, _manifest.Timestamp, null, _workspace.Fonts, pdf);
        return _stream.Length;
    }
}
