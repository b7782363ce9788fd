using System.Collections.Concurrent;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// One build of one view, immutable once published: the document (null when this build failed), the
/// last document that built (what the page keeps showing under the errors), the diagnostics and the
/// files the build read. Requests read whichever state is current; the rebuild loop swaps in the next.
/// </summary>
internal sealed class ViewState
{
    public ViewState(long version, OutputJob job, LaidOutDocument? document, LaidOutDocument? lastGood, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> inputs, TimeSpan elapsed)
    {
        Version = version;
        Job = job;
        Document = document;
        Shown = document ?? lastGood;
        Diagnostics = diagnostics;
        Inputs = inputs;
        Elapsed = elapsed;
    }

    public long Version { get; }

    public OutputJob Job { get; }

    /// <summary>This build's result; null when it failed.</summary>
    public LaidOutDocument? Document { get; }

    /// <summary>What the page draws: this build's document, or the last good one under the errors.</summary>
    public LaidOutDocument? Shown { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The recorded dependencies: project paths (folders end in /) and the hash each build saw.</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>What the job depends on besides files (<see cref="JobFingerprint"/>): a changed entry or record shows here.</summary>
    public string Fingerprint { get; init; } = string.Empty;

    public bool Failed => Document is null;

    public int Errors => Diagnostics.Distinct().Count(d => d.IsError);

    public int Warnings => Diagnostics.Distinct().Count(d => d.Severity == Severity.Warning);

    /// <summary>Encoded page images of this version, by page and scale (a new version starts empty).</summary>
    public ConcurrentDictionary<(int Page, int Scale), byte[]> Images { get; } = new();

    /// <summary>
    /// True when these saved files change what this view read: a recorded file (or folder listing) among
    /// them now hashes differently from what the build saw. Editors raise several events per save and
    /// touch files without changing them; those cost no layout. A failed build may not have got to all
    /// of its inputs, so any save retries it.
    /// </summary>
    public bool IsStale(Workspace workspace, IReadOnlyCollection<string> changed)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(changed);
        return Failed || Inputs.Any(input =>
            (changed.Contains(input.Key) || (input.Key.EndsWith('/') && changed.Any(c => c.StartsWith(input.Key, StringComparison.Ordinal))))
            && workspace.CurrentHash(input.Key) != input.Value);
    }
}
