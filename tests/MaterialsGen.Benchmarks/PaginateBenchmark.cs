using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// Layout alone: the Party-format handout's bound LayoutDocument paginated again and again. Paragraph blocks keep
/// their prepared paragraphs and lines, so this is layout with every paragraph cache warm; the second
/// benchmark binds afresh each time (about 65 µs of binding) so each paragraph is prepared again, as in
/// a batch, where only the process-wide shaping cache carries over from one record to the next.
/// </summary>
[MemoryDiagnoser]
public class PaginateBenchmark
{
    private Workspace _workspace = null!;
    private LayoutDocument _document = null!;
    private MarkupElement _root = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        var (_, job) = SampleJobs.Find(_workspace, SampleJobs.PartyHandout);
        var diagnostics = new DiagnosticBag();
        var globals = SampleJobs.Check(DocumentComposer.Globals(_workspace.Reader(), job, diagnostics), diagnostics, "globals");
        var output = SampleJobs.Check(_workspace.Templates.Render(job.Entry.Template, globals, diagnostics, _workspace.Reader()), diagnostics, "render");
        _root = SampleJobs.Check(MarkupParser.Parse(output.Markup, output.Map, diagnostics), diagnostics, "parse");
        _document = SampleJobs.Check(MarkupBinder.Bind(_root, diagnostics, _workspace.Reader()), diagnostics, "bind");
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    [Benchmark]
    public int PaginateHandout() => Paginator.Paginate(_document, _workspace.Fonts, new DiagnosticBag()).Pages.Length;

    [Benchmark]
    public int BindAndPaginateHandout() =>
        Paginator.Paginate(MarkupBinder.Bind(_root, new DiagnosticBag(), _workspace.Reader())!, _workspace.Fonts, new DiagnosticBag()).Pages.Length;
}
