using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// Layout alone: the handout's bound LayoutDocument paginated again and again. The process-wide
/// shaping cache is warm after the first call, as it is for every record after the first in a batch.
/// </summary>
[MemoryDiagnoser]
public class PaginateBenchmark
{
    private Workspace _workspace = null!;
    private LayoutDocument _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        var (_, job) = SampleJobs.Find(_workspace, "tai-lieu-sinh-hoat");
        var diagnostics = new DiagnosticBag();
        var globals = SampleJobs.Check(DocumentComposer.Globals(_workspace, job, diagnostics), diagnostics, "globals");
        var output = SampleJobs.Check(_workspace.Templates.Render(job.Entry.Template, globals, diagnostics), diagnostics, "render");
        var root = SampleJobs.Check(MarkupParser.Parse(output.Markup, output.Map, diagnostics), diagnostics, "parse");
        _document = SampleJobs.Check(MarkupBinder.Bind(root, diagnostics), diagnostics, "bind");
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    [Benchmark]
    public int PaginateHandout() => Paginator.Paginate(_document, _workspace.Fonts, new DiagnosticBag()).Pages.Length;
}
