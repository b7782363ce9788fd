using BenchmarkDotNet.Attributes;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Templating;

namespace MaterialsGen.Benchmarks;

/// <summary>The Party-format handout template (one branch record) rendered to layout markup (template parsed once per process, as in a build).</summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmark
{
    private Workspace _workspace = null!;
    private OutputJob _job = null!;
    private Dictionary<string, object?> _globals = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new Workspace(RepoRoot.Path);
        (_, _job) = SampleJobs.Find(_workspace, SampleJobs.PartyHandout);
        var diagnostics = new DiagnosticBag();
        _globals = SampleJobs.Check(DocumentComposer.Globals(_workspace.Reader(), _job, diagnostics), diagnostics, "globals");
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    [Benchmark]
    public object? RenderHandout() => _workspace.Templates.Render(_job.Entry.Template, _globals, new DiagnosticBag(), _workspace.Reader());
}
