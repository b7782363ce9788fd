using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;
using MaterialsGen.Templating;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// The Party-format handout's stages one by one, each on the previous stage's result made in GlobalSetup, so the
/// end-to-end time can be split (see tests/BENCHMARKS.md). Template and layout have their own classes.
/// </summary>
[MemoryDiagnoser]
public class HandoutStagesBenchmark
{
    private Workspace _workspace = null!;
    private Manifest _manifest = null!;
    private OutputJob _job = null!;
    private TemplateOutput _output = null!;
    private MarkupElement _root = null!;
    private LaidOutDocument _laid = null!;
    private MemoryStream _stream = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        (_manifest, _job) = SampleJobs.Find(_workspace, SampleJobs.PartyHandout);
        var diagnostics = new DiagnosticBag();
        var globals = SampleJobs.Check(DocumentComposer.Globals(_workspace.Reader(), _job, diagnostics), diagnostics, "globals");
        _output = SampleJobs.Check(_workspace.Templates.Render(_job.Entry.Template, globals, diagnostics, _workspace.Reader()), diagnostics, "render");
        _root = SampleJobs.Check(MarkupParser.Parse(_output.Markup, _output.Map, diagnostics), diagnostics, "parse");
        var document = SampleJobs.Check(MarkupBinder.Bind(_root, diagnostics, _workspace.Reader()), diagnostics, "bind");
        _laid = Paginator.Paginate(document, _workspace.Fonts, diagnostics);
        _stream = new MemoryStream(256 * 1024);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _workspace.Dispose();
        _stream.Dispose();
    }

    /// <summary>Content lookup (cached per process, but stat()ed per call), cross-file checks, globals.</summary>
    [Benchmark]
    public int Globals() => DocumentComposer.Globals(_workspace.Reader(), _job, new DiagnosticBag())!.Count;

    [Benchmark]
    public object? ParseMarkup() => MarkupParser.Parse(_output.Markup, _output.Map, new DiagnosticBag());

    [Benchmark]
    public object? BindMarkup() => MarkupBinder.Bind(_root, new DiagnosticBag(), _workspace.Reader());

    [Benchmark]
    public long EncodePdf()
    {
        _stream.SetLength(0);
        OutputWriter.Encode(_laid, OutputFormat.Pdf, _stream, _manifest.Timestamp, null);
        return _stream.Length;
    }
}
