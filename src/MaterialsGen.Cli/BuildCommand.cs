using System.Globalization;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen build</c>: every output the manifest names, rebuilding only what changed.
/// Options: --project DIR, --out DIR, --jobs N, --force, --only PATTERN, --shard K/N, --clean,
/// --fail-fast, --manifest-out FILE, --quiet.
/// </summary>
internal static class BuildCommand
{
    public static int Run(IEnumerable<string> args, TextWriter output, TextWriter error)
    {
        var a = new Arguments(args, ["--project", "--out", "--jobs", "--only", "--shard", "--manifest-out"], ["--force", "--clean", "--fail-fast", "--quiet"]);
        return Execute(a, output, error);
    }

    /// <summary>
    /// One build with parsed options. The watch command calls this after every change with the engine
    /// session it keeps, so parsed content, templates, fonts and layout caches survive between builds.
    /// </summary>
    internal static int Execute(Arguments a, TextWriter output, TextWriter error, Workspace? session = null)
    {
        var root = Path.GetFullPath(a.Value("--project") ?? ".");
        using var owned = session is null ? new Workspace(root) : null;
        var workspace = session ?? owned!;
        if (workspace.Files.Stamp(Workspace.ManifestPath) is null)
        {
            error.WriteLine($"{Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(root, "materials.yaml"))}: error MG0605: manifest not found");
            return ExitCodes.InputError;
        }

        var options = new BuildOptions(Parallelism(a.Value("--jobs")), a.Flag("--force"), a.Flag("--fail-fast"));
        var shard = Shard(a.Value("--shard"));
        var quiet = a.Flag("--quiet");
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestReader.Read(workspace, diagnostics);
        var outDirectory = Path.GetFullPath(a.Value("--out") ?? Path.Combine(root, "output"));
        var planned = manifest is null ? [] : JobPlanner.Plan(workspace, manifest, outDirectory, diagnostics);
        if (manifest is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.Items, error);
            return ExitCodes.InputError;
        }

        var jobs = planned;
        if (a.Value("--only") is { } only)
        {
            jobs = JobSelection.Only(jobs, only);
        }

        if (shard is { } s)
        {
            jobs = JobSelection.Shard(jobs, s.Index, s.Count);
        }

        OutputWriter.RemoveStaleTemporaries(outDirectory);
        var state = BuildState.Load(outDirectory);
        void Report(OutputResult result)
        {
            switch (result.Status)
            {
                case OutputStatus.Built when !quiet:
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {result.Job.RelativePath} ({result.Pages} page{(result.Pages == 1 ? string.Empty : "s")}, {result.Elapsed.TotalMilliseconds:0} ms)"));
                    break;
                case OutputStatus.Failed:
                    output.WriteLine($"failed {result.Job.RelativePath}");
                    break;
                default:
                    break;
            }

            DiagnosticPrinter.Print(quiet ? result.Diagnostics.Where(d => d.IsError) : result.Diagnostics, error);
        }

        // A person at a terminal gets a progress bar with counts and ETA; logs and pipes get plain lines.
        var results = !quiet && ReferenceEquals(output, Console.Out) && BuildProgress.IsInteractive
            ? BuildProgress.Run(jobs.Count, report => BuildRunner.Run(workspace, manifest, jobs, options, state, r => report(r, Report)))
            : BuildRunner.Run(workspace, manifest, jobs, options, state, Report);

        var removed = a.Flag("--clean") ? Clean(workspace, state, planned, outDirectory, output, quiet) : 0;
        var saved = Saved(() => state.Save(outDirectory), Path.GetRelativePath(workspace.Root, Path.Combine(outDirectory, ".materialsgen-state.json")).Replace('\\', '/'), error);
        if (a.Value("--manifest-out") is { } report)
        {
            saved &= Saved(() => BuildReport.Write(workspace, results, Path.GetFullPath(report)), report, error);
        }

        var built = results.Count(r => r.Status == OutputStatus.Built);
        var upToDate = results.Count(r => r.Status == OutputStatus.UpToDate);
        var failed = results.Count(r => r.Status == OutputStatus.Failed);
        var skipped = results.Count(r => r.Status == OutputStatus.Skipped);
        output.WriteLine(built == 0 && failed == 0 && removed == 0
            ? $"nothing to do: {upToDate} up to date"
            : $"{built} built, {upToDate} up to date, {failed} failed" + (skipped > 0 ? $", {skipped} skipped" : string.Empty) + (removed > 0 ? $", {removed} removed" : string.Empty));
        return failed > 0 || !saved ? ExitCodes.InputError : ExitCodes.Success;
    }

    /// <summary>Writes a file beside the outputs; a full disk or a read-only folder is one MG0900 line, not the end of the summary.</summary>
    private static bool Saved(Action write, string path, TextWriter error)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: error MG0900: cannot write the file: {e.Message}");
            return false;
        }
    }

    /// <summary>Deletes outputs an earlier build wrote that the manifest no longer names; only files the state lists.</summary>
    private static int Clean(Workspace workspace, BuildState state, IReadOnlyList<OutputJob> planned, string outDirectory, TextWriter output, bool quiet)
    {
        var wanted = planned.Select(j => j.RelativePath).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var stale in state.Outputs.Where(o => !wanted.Contains(o)))
        {
            var path = Path.Combine(workspace.Root, stale);
            if (Path.GetFullPath(path).StartsWith(outDirectory, StringComparison.Ordinal) && File.Exists(path))
            {
                File.Delete(path);
                removed++;
                if (!quiet)
                {
                    output.WriteLine($"removed {stale}");
                }
            }

            state.Remove(stale);
        }

        return removed;
    }

    private static int Parallelism(string? value)
    {
        if (value is null)
        {
            return Environment.ProcessorCount;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n
            : throw new UsageException("--jobs takes a whole number of at least 1");
    }

    private static (int Index, int Count)? Shard(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n
            ? (k, n)
            : throw new UsageException("--shard takes K/N with 1 ≤ K ≤ N, such as 2/4");
    }
}
