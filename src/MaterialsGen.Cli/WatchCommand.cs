using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using MaterialsGen.Build;
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

    public static int Run(IEnumerable<string> args, TextWriter output, TextWriter error)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return Watch(args, output, error, stop.Token);
    }

    internal static int Watch(IEnumerable<string> args, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var options = args.ToList();
        var a = new Arguments(options, ["--project", "--out", "--jobs", "--only"], ["--quiet"]);
        var root = Path.GetFullPath(a.Value("--project") ?? ".");
        var changes = Channel.CreateUnbounded<string>();
        var outDirectory = Path.GetFullPath(a.Value("--out") ?? Path.Combine(root, "output"));
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
        Build(a, output, error, session);
        Remember(recorded, outDirectory);
        output.WriteLine("watching data/, templates/, fonts/ and materials.yaml; Ctrl+C stops");
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

                output.WriteLine($"changed: {string.Join(", ", changed)}");
                session.Invalidate(changed.Select(c => ProjectPath.TryParse(c, out var p, out _) ? (ProjectPath?)p : null).OfType<ProjectPath>());
                Build(a, output, error, session);
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
    private static void Build(Arguments a, TextWriter output, TextWriter error, Workspace session)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            BuildCommand.Execute(a, output, error, session);
        }
#pragma warning disable CA1031 // A failure in one build must not end the watch; it is reported as CommandLine reports it.
        catch (Exception e) when (e is not UsageException)
#pragma warning restore CA1031
        {
            CommandLine.Report(e, error, verbose: false);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build took {clock.Elapsed.TotalSeconds:0.00} s"));
    }
}
