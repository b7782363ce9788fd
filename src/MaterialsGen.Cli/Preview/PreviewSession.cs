using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Project;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// The live side of the preview: one engine session (<see cref="Workspace"/>) kept for the whole run, a
/// file watcher, and the views pages have asked for. A save invalidates the saved files in the session;
/// only the views whose recorded dependencies include one of them are laid out again, the one looked at
/// most recently first, and each new version is announced to the open pages.
/// </summary>
internal sealed class PreviewSession : IDisposable
{
    /// <summary>Editors save in bursts (write, rename, touch): changes this close together are one save.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(30);

    private readonly Workspace _workspace;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<ViewKey, PreviewView> _views = new();
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly Task _loop;
    private long _versions;
    private volatile PreviewPlan _plan;

    public PreviewSession(string root)
    {
        Root = Path.GetFullPath(root);
        _workspace = new Workspace(Root);
        _plan = PreviewPlan.Read(_workspace);
        if (Directory.Exists(Root))
        {
            _watcher = new FileSystemWatcher(Root) { IncludeSubdirectories = true };
            _watcher.Changed += OnChanged;
            _watcher.Created += OnChanged;
            _watcher.Deleted += OnChanged;
            _watcher.Renamed += (sender, e) =>
            {
                OnChanged(sender, e);
                _changes.Writer.TryWrite(Relative(e.OldFullPath));
            };
            _watcher.EnableRaisingEvents = true;
        }

        _loop = Task.Run(RebuildLoop);
        _ = Task.Run(WarmAsync);
    }

    public string Root { get; }

    public Workspace Workspace => _workspace;

    public PreviewPlan Plan => _plan;

    public PreviewEvents Events { get; } = new();

    /// <summary>The number of the newest build of any view.</summary>
    public long LatestVersion => Interlocked.Read(ref _versions);

    /// <summary>The current state of a view, built now if no page asked for it before.</summary>
    public Task<ViewState?> StateAsync(ViewKey key, CancellationToken cancel) => StateAsync(key, touch: true, cancel);

    private async Task<ViewState?> StateAsync(ViewKey key, bool touch, CancellationToken cancel)
    {
        if (_views.TryGetValue(key, out var known) && known.State is { } state)
        {
            if (touch)
            {
                known.Touch();
            }

            return state;
        }

        await _gate.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            if (_plan.Job(key) is not { } job)
            {
                return null;
            }

            var view = _views.GetOrAdd(key, k => new PreviewView(k));
            if (touch)
            {
                view.Touch();
            }

            return view.State ?? Build(view, job);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Lays out every output's first view in the background, so the list is ready when the browser opens it.
    /// It does not count as looking at them: a save still rebuilds the page a person has open first.
    /// </summary>
    private async Task WarmAsync()
    {
        try
        {
            foreach (var entry in _plan.Entries)
            {
                await StateAsync(entry.DefaultView, touch: false, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>The state a view has now, without building it.</summary>
    public ViewState? Peek(ViewKey key) => _views.TryGetValue(key, out var view) ? view.State : null;

    private void OnChanged(object sender, FileSystemEventArgs e) => _changes.Writer.TryWrite(Relative(e.FullPath));

    private string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>Files a save can matter for: not the build's own output, state and temporary files.</summary>
    internal static bool Matters(string relative) =>
        !relative.StartsWith("output/", StringComparison.Ordinal) && relative != "output"
        && !relative.StartsWith("..", StringComparison.Ordinal)
        && !relative.Split('/').Any(part => part.StartsWith('.'))
        && !relative.EndsWith(".tmp", StringComparison.Ordinal) && !relative.EndsWith('~');

    private async Task RebuildLoop()
    {
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                do
                {
                    while (reader.TryRead(out var path))
                    {
                        if (Matters(path))
                        {
                            changed.Add(path);
                        }
                    }

                    await Task.Delay(Settle, _stop.Token).ConfigureAwait(false);
                }
                while (reader.TryPeek(out _));

                if (changed.Count > 0)
                {
                    await ApplyAsync(changed).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Tells the session what changed and lays out again every view that read one of the files.</summary>
    internal async Task ApplyAsync(IReadOnlyCollection<string> changed)
    {
        await _gate.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            _workspace.Invalidate(changed.Select(c => ProjectPath.TryParse(c, out var p, out _) ? (ProjectPath?)p : null).OfType<ProjectPath>());
            var replan = _plan.NeedsReplan(_workspace, changed);
            if (replan)
            {
                _plan = PreviewPlan.Read(_workspace);
                Events.Publish(PreviewEvent.ListChanged);
            }

            // A view is laid out again when a file it read changed or, after the manifest or the records
            // changed, when its job did (its fingerprint, as incremental builds compare it). The page looked
            // at last goes first: its image is the one a person is waiting for.
            var stale = new List<(PreviewView View, OutputJob Job)>();
            foreach (var view in _views.Values.OrderByDescending(v => v.LastTouched))
            {
                if (_plan.Job(view.Key) is not { } job)
                {
                    _views.TryRemove(view.Key, out _);
                }
                else if (view.State is { } state && ((replan && Fingerprint(job) != state.Fingerprint) || state.IsStale(_workspace, changed)))
                {
                    stale.Add((view, job));
                }
            }

            foreach (var (view, job) in stale)
            {
                Build(view, job);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Lays out one view with the session's caches; whatever happens, the server and the other views go on.</summary>
    private ViewState Build(PreviewView view, OutputJob job)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var dependencies = new DependencySet();
        LaidOutDocument? document = null;
        try
        {
            // Drawn: a view of an output written only as a Word file shows the pages a PDF of it would have.
            document = DocumentComposer.Compose(_workspace, job, diagnostics, dependencies, drawn: true);
        }
#pragma warning disable CA1031 // A bug in one output must not stop the preview of the others; it is shown in the page.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            document = null;
            diagnostics.Error("MG0660", $"internal error while laying out this output: {e.GetType().Name}: {e.Message} (please report this)", job.Entry.Span);
        }

        var state = new ViewState(Interlocked.Increment(ref _versions), job, document, document ?? view.State?.Shown, diagnostics.Items, dependencies.Inputs, clock.Elapsed)
        {
            Fingerprint = Fingerprint(job),
        };
        view.State = state;
        Events.Publish(new PreviewEvent(view.Key, state.Version, state.Errors));
        return state;
    }

    private string Fingerprint(OutputJob job) => JobFingerprint.Of(job, _plan.Manifest?.Timestamp ?? default);

    public void Dispose()
    {
        _stop.Cancel();
        _changes.Writer.TryComplete();
        _watcher?.Dispose();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
        }

        _gate.Wait(TimeSpan.FromSeconds(10));
        Events.Dispose();
        _workspace.Dispose();
        _stop.Dispose();
        _gate.Dispose();
    }
}

/// <summary>A view pages asked for: its current state, and when a page last asked (for the rebuild order).</summary>
internal sealed class PreviewView(ViewKey key)
{
    private volatile ViewState? _state;
    private long _touched;

    public ViewKey Key { get; } = key;

    public ViewState? State
    {
        get => _state;
        set => _state = value;
    }

    public long LastTouched => Interlocked.Read(ref _touched);

    public void Touch() => Interlocked.Exchange(ref _touched, Stopwatch.GetTimestamp());
}
