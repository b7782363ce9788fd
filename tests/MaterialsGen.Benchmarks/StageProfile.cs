using System.Diagnostics;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;
using MaterialsGen.Templating;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// `stages ROUNDS [off]`: the per-record stages of the sample's branch handouts timed one by one in one warm
/// process, to see where a batch record's time goes before choosing what to memoise. Medians of the
/// rounds, per record; a profile to read, not a benchmark to quote.
/// </summary>
internal static class StageProfile
{
    public static int Run(int rounds, bool memoize)
    {
        using var workspace = new Workspace(RepoRoot.Path) { Memoize = memoize };
        var diagnostics0 = new DiagnosticBag();
        var manifest = ManifestReader.Read(workspace, diagnostics0)!;
        var jobs = JobPlanner.Plan(workspace, manifest, Path.Combine(workspace.Root, "output"), diagnostics0)
            .Where(j => j.Entry.Template.ToString().Contains("chi-bo", StringComparison.Ordinal) && j.Format == OutputFormat.Pdf).ToList();
        var names = new[] { "globals", "render", "parse", "bind", "paginate", "encode" };
        var samples = names.ToDictionary(n => n, _ => new List<double>());
        var allocated = names.ToDictionary(n => n, _ => 0L);
        using var stream = new MemoryStream(1 << 20);
        for (var round = 0; round < rounds; round++)
        {
            var totals = new double[names.Length];
            var bytes = new long[names.Length];
            foreach (var job in jobs)
            {
                var diagnostics = new DiagnosticBag();
                var reader = workspace.Reader();
                var mark = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                var globals = DocumentComposer.Globals(reader, job, diagnostics)!;
                totals[0] += clock.Elapsed.TotalMilliseconds; bytes[0] += GC.GetAllocatedBytesForCurrentThread() - mark; mark = GC.GetAllocatedBytesForCurrentThread(); clock.Restart();
                var output = workspace.Templates.Render(job.Entry.Template, globals, diagnostics, reader, new TemplateDeterminism(job.Timestamp, 1))!;
                totals[1] += clock.Elapsed.TotalMilliseconds; bytes[1] += GC.GetAllocatedBytesForCurrentThread() - mark; mark = GC.GetAllocatedBytesForCurrentThread(); clock.Restart();
                var root = MarkupParser.Parse(output.Markup, output.Map, diagnostics)!;
                totals[2] += clock.Elapsed.TotalMilliseconds; bytes[2] += GC.GetAllocatedBytesForCurrentThread() - mark; mark = GC.GetAllocatedBytesForCurrentThread(); clock.Restart();
                var document = MarkupBinder.Bind(root, diagnostics, reader)!;
                totals[3] += clock.Elapsed.TotalMilliseconds; bytes[3] += GC.GetAllocatedBytesForCurrentThread() - mark; mark = GC.GetAllocatedBytesForCurrentThread(); clock.Restart();
                var laid = Paginator.Paginate(document, workspace.Fonts, diagnostics);
                totals[4] += clock.Elapsed.TotalMilliseconds; bytes[4] += GC.GetAllocatedBytesForCurrentThread() - mark; mark = GC.GetAllocatedBytesForCurrentThread(); clock.Restart();
                stream.SetLength(0);
                OutputWriter.Encode(laid, OutputFormat.Pdf, stream, manifest.Timestamp, null, workspace.Fonts, DocumentComposer.PdfOptionsFor(workspace, job, diagnostics));
                totals[5] += clock.Elapsed.TotalMilliseconds; bytes[5] += GC.GetAllocatedBytesForCurrentThread() - mark; mark = GC.GetAllocatedBytesForCurrentThread();
            }

            for (var i = 0; i < names.Length; i++)
            {
                samples[names[i]].Add(totals[i] / jobs.Count);
                allocated[names[i]] = bytes[i] / jobs.Count;
            }
        }

        Console.WriteLine($"{jobs.Count} jobs × {rounds} rounds, memoisation {(memoize ? "on" : "off")}, median ms per record:");
        foreach (var name in names)
        {
            var sorted = samples[name].Skip(rounds / 2).Order().ToList();
            Console.WriteLine($"  {name,-9} {sorted[sorted.Count / 2]:F3} ms  {allocated[name] / 1024.0:F0} KB");
        }

        return 0;
    }
}
