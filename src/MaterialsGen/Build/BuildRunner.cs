using System.Diagnostics;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Build;

/// <summary>
/// Builds every planned output, in parallel when asked. One failing output does not stop the others;
/// each is written atomically, so a killed build leaves old or new files, never a torn one.
/// </summary>
public static class BuildRunner
{
    public static IReadOnlyList<OutputResult> Run(Workspace workspace, Manifest manifest, IReadOnlyList<OutputJob> jobs, int parallelism, Action<OutputResult>? report = null)
    {
        var results = new OutputResult[jobs.Count];
        var gate = new object();
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var result = BuildOne(workspace, manifest, jobs[i]);
            results[i] = result;
            if (report is not null)
            {
                lock (gate)
                {
                    report(result);
                }
            }
        });
        return results;
    }

    public static OutputResult BuildOne(Workspace workspace, Manifest manifest, OutputJob job)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, job, diagnostics);
        if (document is null)
        {
            return new OutputResult(job, false, diagnostics.Items, clock.Elapsed, 0);
        }

        OutputWriter.Write(document, job.Format, Path.Combine(workspace.Root, job.RelativePath), manifest.Timestamp, null);
        return new OutputResult(job, true, diagnostics.Items, clock.Elapsed, document.Pages.Length);
    }
}
