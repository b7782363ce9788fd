using System.Diagnostics;
using MaterialsGen.Diagnostics;
using MaterialsGen.Project;

namespace MaterialsGen.Build;

/// <summary>
/// Builds the planned outputs, in parallel. An output is left alone when its job is the same and every
/// input it read last time still hashes the same (and the file is still there). One failing output does not stop the
/// others unless fail-fast; each file is written atomically, so a killed build leaves old or new files.
/// </summary>
internal static class BuildRunner
{
    public static IReadOnlyList<OutputResult> Run(
        Workspace workspace, Manifest manifest, IReadOnlyList<OutputJob> jobs, BuildOptions options, BuildState state, Action<OutputResult>? report = null)
    {
        workspace.Refresh();
        var results = new OutputResult?[jobs.Count];
        var gate = new object();
        var failed = 0;

        // An input is hashed once per build, not once per output that read it: every handout of a batch read fonts/.
        var hashes = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, (i, loop) =>
        {
            if (options.FailFast && Volatile.Read(ref failed) > 0)
            {
                results[i] = new OutputResult(jobs[i], OutputStatus.Skipped, [], TimeSpan.Zero, 0);
                return;
            }

            var result = BuildOne(workspace, manifest, jobs[i], options, state, hashes);
            results[i] = result;
            if (result.Status == OutputStatus.Failed)
            {
                Interlocked.Increment(ref failed);
            }

            if (report is not null)
            {
                lock (gate)
                {
                    report(result);
                }
            }
        });
        return [.. results.Select((r, i) => r ?? new OutputResult(jobs[i], OutputStatus.Skipped, [], TimeSpan.Zero, 0))];
    }

    private static OutputResult BuildOne(
        Workspace workspace, Manifest manifest, OutputJob job, BuildOptions options, BuildState state, System.Collections.Concurrent.ConcurrentDictionary<string, string> hashes)
    {
        var clock = Stopwatch.StartNew();
        var path = Path.Combine(workspace.Root, job.RelativePath);
        var fingerprint = JobFingerprint.Of(job, manifest.Timestamp);
        if (!options.Force && state.Get(job.RelativePath) is { Inputs: { } inputs } previous && previous.Fingerprint == fingerprint
            && inputs.All(input => hashes.GetOrAdd(input.Key, workspace.CurrentHash) == input.Value) && File.Exists(path))
        {
            return new OutputResult(job, OutputStatus.UpToDate, [], clock.Elapsed, previous.Pages) { Inputs = [.. inputs.Keys] };
        }

        var diagnostics = new DiagnosticBag();
        var dependencies = new DependencySet();
        var document = DocumentComposer.Compose(workspace, job, diagnostics, dependencies);
        if (document is null)
        {
            return new OutputResult(job, OutputStatus.Failed, diagnostics.Items, clock.Elapsed, 0);
        }

        var pdf = DocumentComposer.PdfOptionsFor(workspace, job, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new OutputResult(job, OutputStatus.Failed, diagnostics.Items, clock.Elapsed, 0);
        }

        try
        {
            OutputWriter.Write(document, job.Format, path, manifest.Timestamp, null, workspace.Fonts, pdf, options.CreateFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only folder: this output fails, its temporary is gone, the previous file
            // untouched, and the other outputs go on.
            var error = Diagnostic.Error("MG0900", $"cannot write the output, the previous file is left as it was: {e.Message}", SourceSpan.FileOnly(job.RelativePath));
            return new OutputResult(job, OutputStatus.Failed, [.. diagnostics.Items, error], clock.Elapsed, 0);
        }

        var read = dependencies.Inputs;
        state.Set(job.RelativePath, new BuildStateEntry(fingerprint, document.Pages.Length, read));
        return new OutputResult(job, OutputStatus.Built, diagnostics.Items, clock.Elapsed, document.Pages.Length) { Inputs = [.. read.Keys] };
    }
}
