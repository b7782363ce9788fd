using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Benchmarks;

/// <summary>One A4 handout end to end, warm: content (cached) → template → markup → layout → PDF bytes.</summary>
[MemoryDiagnoser]
public class HandoutPdfBenchmark
{
    private Workspace _workspace = null!;
    private Manifest _manifest = null!;
    private OutputJob _job = null!;
    private MemoryStream _stream = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        (_manifest, _job) = SampleJobs.Find(_workspace, "tai-lieu-sinh-hoat");
        _ = _workspace.Fonts;
        _stream = new MemoryStream(256 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _workspace.Dispose();
        _stream.Dispose();
    }

    [Benchmark]
    public long HandoutToPdf()
    {
        var diagnostics = new DiagnosticBag();
        var document = SampleJobs.Check(DocumentComposer.Compose(_workspace, _job, diagnostics), diagnostics, "compose");
        _stream.SetLength(0);
        OutputWriter.Encode(document, OutputFormat.Pdf, _stream, _manifest.Timestamp, null);
        return _stream.Length;
    }
}
