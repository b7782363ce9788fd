using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Rendering;
using SkiaSharp;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// The infographic split into compose (content → layout), rasterise (draw the page) and PNG encode,
/// so the end-to-end time in <see cref="InfographicPngBenchmark"/> can be attributed.
/// </summary>
[MemoryDiagnoser]
public class InfographicStagesBenchmark
{
    private Workspace _workspace = null!;
    private OutputJob _job = null!;
    private LaidOutDocument _laid = null!;
    private SKImage _image = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        (_, _job) = SampleJobs.Find(_workspace, "infographic-4-tich-cuc");
        var diagnostics = new DiagnosticBag();
        _laid = SampleJobs.Check(DocumentComposer.Compose(_workspace, _job, diagnostics), diagnostics, "compose");
        _image = RasterWriter.Render(_laid.Pages[0], 1080, 1350);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _image.Dispose();
        _workspace.Dispose();
    }

    [Benchmark]
    public int Compose() => DocumentComposer.Compose(_workspace, _job, new DiagnosticBag())!.Pages.Length;

    [Benchmark]
    public int Rasterise()
    {
        using var image = RasterWriter.Render(_laid.Pages[0], 1080, 1350);
        return image.Width;
    }

    /// <summary>The product's PNG encoder (Rendering/PngEncoder.cs) on the drawn image.</summary>
    [Benchmark]
    public long EncodePng()
    {
        using var pixels = _image.PeekPixels();
        using var stream = new MemoryStream(512 * 1024);
        PngEncoder.Write(pixels, stream);
        return stream.Length;
    }

    /// <summary>Skia's PNG encoder at the settings it was used with before, for comparison.</summary>
    [Benchmark]
    public long EncodePngWithSkia()
    {
        using var pixels = _image.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 3));
        return data?.Size ?? 0;
    }
}
