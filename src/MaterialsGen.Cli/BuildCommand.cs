using System.CommandLine;
using System.Globalization;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary><c>materialsgen build</c>: every output the manifest names, rebuilding only what changed.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext cli)
    {
        var text = cli.Text;
        var project = CommonOptions.Project(cli);
        var output = CommonOptions.OutDirectory(cli);
        var jobs = CommonOptions.Jobs(cli);
        var force = new Option<bool>("--force", "-f") { Description = text["OptForce"] };
        var only = CommonOptions.Only(cli);
        var shard = new Option<string?>("--shard") { Description = text["OptShard"], HelpName = "K/N|auto" };
        shard.CompletionSources.Add("auto", "1/2", "2/2");
        var shardCount = new Option<int?>("--shard-count")
        {
            Description = text["OptShardCount"],
            HelpName = "N",
            CustomParser = result => CommonOptions.WholeNumber(result, 1, text["ShardCountWhole"]),
        };
        var clean = new Option<bool>("--clean") { Description = text["OptClean"] };
        var failFast = new Option<bool>("--fail-fast") { Description = text["OptFailFast"] };
        var manifestOut = new Option<string?>("--manifest-out") { Description = text["OptManifestOut"], HelpName = "FILE" };
        var quiet = CommonOptions.Quiet(cli);
        var noMemo = new Option<bool>("--no-memo") { Description = text["OptNoMemo"] };
        var command = new Command("build", text["CmdBuild"])
        {
            project, output, jobs, force, only, shard, shardCount, clean, failFast, manifestOut, quiet, noMemo,
        };
        command.SetAction(parse =>
        {
            var settings = new BuildSettings(
                parse.GetValue(project) ?? ".",
                parse.GetValue(output),
                parse.GetValue(jobs) ?? Environment.ProcessorCount,
                parse.GetValue(force),
                parse.GetValue(only),
                Shards.Resolve(parse.GetValue(shard), parse.GetValue(shardCount), cli),
                parse.GetValue(clean),
                parse.GetValue(failFast),
                parse.GetValue(manifestOut),
                parse.GetValue(quiet))
            {
                Memoize = !parse.GetValue(noMemo),
            };
            return Execute(settings, cli);
        });
        return command;
    }

    /// <summary>
    /// One build with parsed options. The watch command calls this after every change with the engine
    /// session it keeps, so parsed content, templates, fonts and layout caches survive between builds.
    /// </summary>
    internal static int Execute(BuildSettings settings, CliContext cli, Workspace? session = null)
    {
        var text = cli.Text;
        var output = cli.Out;
        var root = Path.GetFullPath(settings.Project);
        using var owned = session is null ? new Workspace(root) { Memoize = settings.Memoize } : null;
        var workspace = session ?? owned!;
        if (workspace.Files.Stamp(Workspace.ManifestPath) is null)
        {
            cli.PrintManifestNotFound(root);
            return ExitCodes.InputError;
        }

        var outDirectory = Path.GetFullPath(settings.Out ?? Path.Combine(root, "output"));

        // A first or forced build lays documents out: fonts and Scriban load on the other core meanwhile.
        using var warm = session is null && (settings.Force || !BuildState.Exists(outDirectory)) ? workspace.WarmUp() : null;
        var options = new BuildOptions(settings.Jobs, settings.Force, settings.FailFast);
        var quiet = settings.Quiet;
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestReader.Read(workspace, diagnostics);
        var planned = manifest is null ? [] : JobPlanner.Plan(workspace, manifest, outDirectory, diagnostics);
        if (manifest is null || diagnostics.HasErrors)
        {
            cli.Print(diagnostics.Items);
            return ExitCodes.InputError;
        }

        var jobs = planned;
        if (settings.Only is { } only)
        {
            jobs = JobSelection.Only(jobs, only);
        }

        if (settings.Shard is { } s)
        {
            jobs = JobSelection.Shard(jobs, s.Index, s.Count);
        }

        OutputWriter.RemoveStaleTemporaries(outDirectory);
        var state = BuildState.Load(outDirectory);

        // A warning about an input many outputs share (a file of fonts/ left out) comes with each of them: it
        // is printed once per build. An error is printed with every output it fails, to say why that one failed.
        var warned = new HashSet<Diagnostic>();
        void Report(OutputResult result)
        {
            switch (result.Status)
            {
                case OutputStatus.Built when !quiet:
                    var took = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

                    // A Word file is paginated by the word processor: no page count of ours would be its own.
                    output.WriteLine(result.Job.Format == OutputFormat.Docx
                        ? text.Format("BuiltNoPages", result.Job.RelativePath, took)
                        : text.Format("Built", result.Job.RelativePath, text.Pages(result.Pages), took));
                    break;
                case OutputStatus.Failed:
                    output.WriteLine(text.Format("FailedOutput", result.Job.RelativePath));
                    break;
                default:
                    break;
            }

            cli.Print(result.Diagnostics.Where(d => d.IsError || (!quiet && warned.Add(d))));
        }

        // A person at a terminal gets a progress bar with counts and ETA; logs and pipes get plain lines.
        var results = !quiet && ReferenceEquals(output, Console.Out) && BuildProgress.IsInteractive
            ? BuildProgress.Run(jobs.Count, text, report => BuildRunner.Run(workspace, manifest, jobs, options, state, r => report(r, Report)))
            : BuildRunner.Run(workspace, manifest, jobs, options, state, Report);

        var removed = settings.Clean ? Clean(workspace, state, planned, outDirectory, cli, quiet) : 0;
        var saved = Saved(() => state.Save(outDirectory), Path.GetRelativePath(workspace.Root, Path.Combine(outDirectory, ".materialsgen-state.json")).Replace('\\', '/'), cli);
        if (settings.ManifestOut is { } report)
        {
            saved &= Saved(() => BuildReport.Write(workspace, results, Path.GetFullPath(report)), report, cli);
        }

        output.WriteLine(Summary(results, removed, text));
        return results.Any(r => r.Status == OutputStatus.Failed) || !saved ? ExitCodes.InputError : ExitCodes.Success;
    }

    private static string Summary(IReadOnlyList<OutputResult> results, int removed, Localization.Text text)
    {
        var built = results.Count(r => r.Status == OutputStatus.Built);
        var upToDate = results.Count(r => r.Status == OutputStatus.UpToDate);
        var failed = results.Count(r => r.Status == OutputStatus.Failed);
        var skipped = results.Count(r => r.Status == OutputStatus.Skipped);
        if (built == 0 && failed == 0 && removed == 0)
        {
            return text.Format("NothingToDo", upToDate);
        }

        return text.Format("Summary", built, upToDate, failed)
            + (skipped > 0 ? text.Format("SummarySkipped", skipped) : string.Empty)
            + (removed > 0 ? text.Format("SummaryRemoved", removed) : string.Empty);
    }

    /// <summary>Writes a file beside the outputs; a full disk or a read-only folder is one MG0900 line, not the end of the summary.</summary>
    private static bool Saved(Action write, string path, CliContext cli)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cli.Print(Diagnostic.Error("MG0900", $"cannot write the file: {e.Message}", SourceSpan.FileOnly(path)));
            return false;
        }
    }

    /// <summary>Deletes outputs an earlier build wrote that the manifest no longer names; only files the state lists.</summary>
    private static int Clean(Workspace workspace, BuildState state, IReadOnlyList<OutputJob> planned, string outDirectory, CliContext cli, bool quiet)
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
                    cli.Out.WriteLine(cli.Text.Format("Removed", stale));
                }
            }

            state.Remove(stale);
        }

        return removed;
    }
}
