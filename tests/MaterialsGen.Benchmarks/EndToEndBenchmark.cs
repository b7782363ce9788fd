using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Rendering.Pdf;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// One output of the sample manifest end to end, warm: content (cached) → template → markup → layout →
/// encoded bytes in memory. The workspace and fonts load once, as in a batch process.
/// </summary>
[MemoryDiagnoser]
public abstract class EndToEndBenchmark(string outputName, OutputFormat format)
{
    private Workspace _workspace = null!;
    private Manifest _manifest = null!;
    private OutputJob _job = null!;
    private MemoryStream _stream = null!;
    private PdfOptions _pdf = PdfOptions.Default;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        (_manifest, _job) = SampleJobs.Find(_workspace, outputName);
        _ = _workspace.Fonts;
        _stream = new MemoryStream(1024 * 1024);

        // As the build writes it: the standards the manifest entry claims, the brand's print colours.
        _pdf = DocumentComposer.PdfOptionsFor(_workspace, _job, new DiagnosticBag());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _workspace.Dispose();
        _stream.Dispose();
    }

    protected long Run() => Run(_pdf);

    private protected long Run(PdfOptions pdf)
    {
        var diagnostics = new DiagnosticBag();
        var document = SampleJobs.Check(DocumentComposer.Compose(_workspace, _job, diagnostics), diagnostics, "compose");
        _stream.SetLength(0);
        OutputWriter.Encode(document, format, _stream, _manifest.Timestamp, null, _workspace.Fonts, pdf);
        return _stream.Length;
    }
}
