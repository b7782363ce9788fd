using System.Diagnostics;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Build;

/// <summary>
/// Builds the planned outputs, in parallel. An output whose inputs have not changed since the last
/// build (same fingerprint, file still there) is left alone. One failing output does not stop the
/// others unless fail-fast; each file is written atomically, so a killed build leaves old or new files.
/// </summary>
public static class BuildRunner
{
    public static IReadOnlyList<OutputResult> Run(
        Workspace workspace, Manifest manifest, IReadOnlyList<OutputJob> jobs, BuildOptions options, BuildState state, Action<OutputResult>? report = null)
    {
        var fingerprints = new InputFingerprint(workspace);
        var results = new OutputResult?[jobs.Count];
        var gate = new object();
        var failed = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, (i, loop) =>
        {
            if (options.FailFast && Volatile.Read(ref failed) > 0)
            {
                results[i] = new OutputResult(jobs[i], OutputStatus.Skipped, [], TimeSpan.Zero, 0);
                return;
            }

            var result = BuildOne(workspace, manifest, jobs[i], fingerprints, options, state);
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

    private static OutputResult BuildOne(Workspace workspace, Manifest manifest, OutputJob job, InputFingerprint fingerprints, BuildOptions options, BuildState state)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return BuildOne(workspace, manifest, job, fingerprints, options, state, clock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An input that cannot be read (permissions, a disk error): this output fails, the others go on.
            return Failed(job, "MG0902", $"cannot read what this output is made from: {e.Message}", clock, []);
        }
    }

    private static OutputResult BuildOne(Workspace workspace, Manifest manifest, OutputJob job, InputFingerprint fingerprints, BuildOptions options, BuildState state, Stopwatch clock)
    {
        var path = Path.Combine(workspace.Root, job.RelativePath);
        var fingerprint = fingerprints.Of(job, manifest.Timestamp);
        if (!options.Force && state.Get(job.RelativePath) is { } previous && previous.Fingerprint == fingerprint && File.Exists(path))
        {
            return new OutputResult(job, OutputStatus.UpToDate, [], clock.Elapsed, previous.Pages);
        }

        var diagnostics = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, job, diagnostics);
        if (document is null)
        {
            return new OutputResult(job, OutputStatus.Failed, diagnostics.Items, clock.Elapsed, 0);
        }

        try
        {
            OutputWriter.Write(document, job.Format, path, manifest.Timestamp, null, options.CreateFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk or a read-only folder: the temporary file is gone and the previous output untouched.
            return Failed(job, "MG0901", $"cannot write the output, the previous file is left as it was: {e.Message}", clock, diagnostics.Items);
        }

        state.Set(job.RelativePath, new BuildStateEntry(fingerprint, document.Pages.Length));
        return new OutputResult(job, OutputStatus.Built, diagnostics.Items, clock.Elapsed, document.Pages.Length);
    }

    private static OutputResult Failed(OutputJob job, string code, string message, Stopwatch clock, IReadOnlyList<Diagnostic> earlier) =>
        new(job, OutputStatus.Failed, [.. earlier, Diagnostic.Error(code, message, SourceSpan.FileOnly(job.RelativePath))], clock.Elapsed, 0);
}
