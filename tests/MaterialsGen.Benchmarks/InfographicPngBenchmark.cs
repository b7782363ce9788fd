using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Benchmarks;

/// <summary>The 1080×1350 "4 tích cực" infographic end to end, warm, to PNG bytes.</summary>
[MemoryDiagnoser]
public class InfographicPngBenchmark
{
    private Workspace _workspace = null!;
    private Manifest _manifest = null!;
    private OutputJob _job = null!;
    private MemoryStream _stream = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        (_manifest, _job) = SampleJobs.Find(_workspace, "infographic-4-tich-cuc");
        _ = _workspace.Fonts;
        _stream = new MemoryStream(1024 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _workspace.Dispose();
        _stream.Dispose();
    }

    [Benchmark]
    public long InfographicToPng()
    {
        var diagnostics = new DiagnosticBag();
        var document = SampleJobs.Check(DocumentComposer.Compose(_workspace, _job, diagnostics), diagnostics, "compose");
        _stream.SetLength(0);
        OutputWriter.Encode(document, OutputFormat.Png, _stream, _manifest.Timestamp, null);
        return _stream.Length;
    }
}
