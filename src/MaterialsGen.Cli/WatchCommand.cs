using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using MaterialsGen.Build;
using MaterialsGen.Cli.Localization;
using MaterialsGen.Project;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen watch [build options]</c>: builds, then rebuilds what a saved file affects. Changes
/// are debounced (editors save in bursts); an error is printed and watching goes on, so a half-typed
/// YAML shows its error and the next save builds.
/// </summary>
internal static class WatchCommand
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    public static Command Create(CliContext cli) => Create(cli, stop: null);

    /// <summary>Watches with options as typed after <c>watch</c>, until <paramref name="stop"/> (tests stop it this way).</summary>
    internal static int Watch(IEnumerable<string> args, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var cli = new CliContext(output, error, Text.English, Environment.GetEnvironmentVariable);
        var command = Create(cli, stop);
        var parse = command.Parse([.. args]);
        return parse.Errors.Count > 0 ? Help.UsageErrors.Report(cli, parse) : parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command Create(CliContext cli, CancellationToken? stop)
    {
        var project = CommonOptions.Project(cli);
        var output = CommonOptions.OutDirectory(cli);
        var jobs = CommonOptions.Jobs(cli);
        var only = CommonOptions.Only(cli);
        var quiet = CommonOptions.Quiet(cli);
        var command = new Command("watch", cli.Text["CmdWatch"]) { project, output, jobs, only, quiet };
        command.SetAction(parse =>
        {
            var settings = new BuildSettings(
                parse.GetValue(project) ?? ".", parse.GetValue(output), parse.GetValue(jobs) ?? Environment.ProcessorCount,
                Force: false, parse.GetValue(only), Shard: null, Clean: false, FailFast: false, ManifestOut: null, parse.GetValue(quiet));
            if (stop is { } token)
            {
                return Loop(settings, cli, token);
            }

            return Interrupt.Run(token => Loop(settings, cli, token));
        });
        return command;
    }

    private static int Loop(BuildSettings settings, CliContext cli, CancellationToken stop)
    {
        var output = cli.Out;
        var root = Path.GetFullPath(settings.Project);
        var changes = Channel.CreateUnbounded<string>();
        var outDirectory = Path.GetFullPath(settings.Out ?? Path.Combine(root, "output"));
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        using var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, EnableRaisingEvents = false };
        void Changed(object sender, FileSystemEventArgs e)
        {
            var relative = Path.GetRelativePath(root, e.FullPath).Replace('\\', '/');
            bool inputs;
            lock (recorded)
            {
                inputs = recorded.Contains(relative);
            }

            if (inputs || Watched(relative))
            {
                changes.Writer.TryWrite(relative);
            }
        }

        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (s, e) => Changed(s, e);
        watcher.EnableRaisingEvents = true;

        // One engine session for the whole watch: what a save did not touch stays parsed and shaped.
        using var session = new Workspace(root);
        Build(settings, cli, session);
        Remember(recorded, outDirectory);
        output.WriteLine(cli.Text["Watching"]);
        output.Flush();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var first = changes.Reader.ReadAsync(stop).AsTask().GetAwaiter().GetResult();
                var changed = new SortedSet<string>(StringComparer.Ordinal) { first };
                Thread.Sleep(Debounce);
                while (changes.Reader.TryRead(out var more))
                {
                    changed.Add(more);
                }

                output.WriteLine(cli.Text.Format("Changed", string.Join(", ", changed)));
                session.Invalidate(changed.Select(c => ProjectPath.TryParse(c, out var p, out _) ? (ProjectPath?)p : null).OfType<ProjectPath>());
                Build(settings, cli, session);
                Remember(recorded, outDirectory);
                output.Flush();
            }
        }
        catch (OperationCanceledException)
        {
        }

        return ExitCodes.Success;
    }

    /// <summary>Every file an output read at its last build, wherever it lies in the project (a logo in assets/).</summary>
    private static void Remember(HashSet<string> recorded, string outDirectory)
    {
        var state = BuildState.Load(outDirectory);
        lock (recorded)
        {
            recorded.Clear();
            foreach (var output in state.Outputs)
            {
                recorded.UnionWith(state.Get(output)?.Inputs?.Keys.Where(k => !k.EndsWith('/')) ?? []);
            }
        }
    }

    private static bool Watched(string relative) =>
        relative == "materials.yaml"
        || (relative.StartsWith("data/", StringComparison.Ordinal)
            || relative.StartsWith("templates/", StringComparison.Ordinal)
            || relative.StartsWith("fonts/", StringComparison.Ordinal))
        && !Path.GetFileName(relative).StartsWith('.') && !relative.EndsWith(".tmp", StringComparison.Ordinal) && !relative.EndsWith('~');

    // Whatever one build meets, a folder that vanished or a bug, is printed and watching goes on.
    private static void Build(BuildSettings settings, CliContext cli, Workspace session)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            BuildCommand.Execute(settings, cli, session);
        }
#pragma warning disable CA1031 // A failure in one build must not end the watch; it is reported as CommandLine reports it.
        catch (Exception e) when (e is not UsageException)
#pragma warning restore CA1031
        {
            CommandLine.Report(e, cli, verbose: false);
        }

        cli.Out.WriteLine(cli.Text.Format("BuildTook", clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)));
    }
}
