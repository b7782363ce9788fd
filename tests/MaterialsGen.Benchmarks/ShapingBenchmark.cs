using BenchmarkDotNet.Attributes;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// HarfBuzz shaping of a long Vietnamese paragraph in Tinos 12.5 pt (the handout's body), uncached,
/// and a whole paragraph Prepare (normalise, itemise, shape through the process cache, find breaks).
/// </summary>
[MemoryDiagnoser]
public class ShapingBenchmark
{
    private static readonly TextStyle Body = TextStyle.Default with { Family = "Tinos", Size = 12.5f };

    private FontLibrary _fonts = null!;
    private FontFace _face = null!;
    private TextSpan[] _spans = null!;
    private ParagraphStyle _style = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fonts = new Build.Workspace(RepoRoot.Path).Fonts;
        _face = _fonts.Resolve("Tinos", 400, false) ?? throw new InvalidOperationException("Tinos not found in fonts/");
        _spans = [new TextSpan(VietnameseSample.Paragraph, Body, SourceSpan.None)];
        _style = new ParagraphStyle(TextAlign.Justify, 1.45f, 28);
    }

    [GlobalCleanup]
    public void Cleanup() => _fonts.Dispose();

    [Benchmark]
    public int ShapeParagraph() =>
        TextShaper.Shape(_face, VietnameseSample.Paragraph, 0, VietnameseSample.Paragraph.Length, 12.5f, 0).Length;

    [Benchmark]
    public int PrepareParagraph() => PreparedParagraph.Prepare(_spans, _style, _fonts, 1).Runs.Count;
}
