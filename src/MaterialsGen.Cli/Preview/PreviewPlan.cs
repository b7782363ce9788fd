using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// The manifest as the preview shows it: one entry per output of <c>materials.yaml</c>, each with its
/// planned files (per record of a mail merge, per format and size), and the names that reach them. Every
/// file name the build would write (<c>chia-se-4-tich-cuc-square</c>, <c>tai-lieu-kp5-tien-thanh</c>) and
/// every plain entry name is a name the preview answers to; nothing else is.
/// </summary>
internal sealed class PreviewPlan
{
    private readonly Dictionary<string, ViewKey> _names;

    private PreviewPlan(Manifest? manifest, IReadOnlyList<PreviewEntry> entries, IReadOnlyList<Diagnostic> problems, Dictionary<string, ViewKey> names)
    {
        Manifest = manifest;
        Entries = entries;
        Problems = problems;
        _names = names;
    }

    public Manifest? Manifest { get; }

    public IReadOnlyList<PreviewEntry> Entries { get; }

    /// <summary>What is wrong with the manifest itself or an entry's template or records (shown on every page).</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    public static PreviewPlan Read(Workspace workspace)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = workspace.Files.Stamp(Workspace.ManifestPath) is null
            ? null
            : ManifestReader.Read(workspace, diagnostics);
        if (manifest is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error("MG0605", "manifest not found", SourceSpan.FileOnly("materials.yaml"));
            }

            return new PreviewPlan(null, [], diagnostics.Items, new(StringComparer.Ordinal));
        }

        // Output paths do not matter here (nothing is written); the planner wants a folder to name them in.
        var jobs = JobPlanner.Plan(workspace, manifest, Path.Combine(workspace.Root, "output"), diagnostics);
        var entries = new List<PreviewEntry>();
        var names = new Dictionary<string, ViewKey>(StringComparer.Ordinal);
        foreach (var (entry, index) in manifest.Entries.Select((e, i) => (e, i)))
        {
            var own = jobs.Where(j => ReferenceEquals(j.Entry, entry)).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            // Jobs come per record, then per format and size: a new record object starts a new record.
            var records = new List<List<OutputJob>>();
            foreach (var job in own)
            {
                if (records.Count == 0 || !ReferenceEquals(records[^1][0].Record, job.Record))
                {
                    records.Add([]);
                }

                records[^1].Add(job);
            }

            var key = entry.Name.Contains("{{", StringComparison.Ordinal) ? own[0].Name : entry.Name;
            var previewEntry = new PreviewEntry(index, key, entry, [.. records.Select(r => (IReadOnlyList<OutputJob>)r)]);
            entries.Add(previewEntry);
            for (var r = 0; r < records.Count; r++)
            {
                foreach (var job in records[r])
                {
                    names.TryAdd(job.Name, new ViewKey(key, job.Size, r));
                }
            }

            names.TryAdd(key, previewEntry.DefaultView);
        }

        return new PreviewPlan(manifest, entries, diagnostics.Items, names);
    }

    /// <summary>
    /// True when these saved files can change the plan itself: the manifest, a mail merge's records, or a
    /// template the manifest names appearing or disappearing. Other saves change outputs, not the plan.
    /// </summary>
    public bool NeedsReplan(Workspace workspace, IReadOnlyCollection<string> changed)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(changed);
        return changed.Contains(Workspace.ManifestPath.Value)
            || Entries.Any(e => e.Entry.Records is { } records && changed.Contains(records.Value))
            || (Manifest?.Entries.Any(e => Templating.TemplatePaths.TryResolve(e.Template, out var path) && changed.Contains(path.Value)
                && workspace.TemplateExists(e.Template) != Entries.Any(p => ReferenceEquals(p.Entry, e))) ?? false);
    }

    public PreviewEntry? Entry(string key) => Entries.FirstOrDefault(e => e.Key == key);

    /// <summary>The view a name in a URL stands for, or null when the manifest names no such output.</summary>
    public ViewKey? Resolve(string name) => _names.TryGetValue(name, out var key) ? key : null;

    /// <summary>The job that draws a view: the planned one, or the entry's job at another size the picker chose.</summary>
    public OutputJob? Job(ViewKey view)
    {
        if (Entry(view.Entry) is not { } entry || view.Record < 0 || view.Record >= entry.Records.Count)
        {
            return null;
        }

        // A Word file is written from the markup, not drawn: the preview shows the PDF or image beside it.
        var jobs = entry.Records[view.Record].OrderBy(j => j.Format == OutputFormat.Docx).ToList();
        return jobs.FirstOrDefault(j => j.Size == view.Size) ?? jobs[0] with { Size = view.Size };
    }
}

/// <summary>One output of the manifest: its URL name, the entry, and its planned jobs per record.</summary>
internal sealed record PreviewEntry(int Index, string Key, ManifestEntry Entry, IReadOnlyList<IReadOnlyList<OutputJob>> Records)
{
    public bool IsMailMerge => Entry.Records is not null;

    public ViewKey DefaultView => new(Key, Records[0][0].Size, 0);
}

/// <summary>What one preview draws: an output, at a size (null: the template's own), for one record.</summary>
internal readonly record struct ViewKey(string Entry, string? Size, int Record);
