using MaterialsGen.Vietnamese;
using MaterialsGen.Diagnostics;
using MaterialsGen.Templating;
using Scriban;
using Scriban.Syntax;

namespace MaterialsGen.Build;

/// <summary>
/// Expands manifest entries into output files: one per format and size, and per record for a mail
/// merge, named by the entry's name pattern (<c>handout-{{ record.id }}</c>).
/// </summary>
internal static class JobPlanner
{
    public static List<OutputJob> Plan(Workspace workspace, Manifest manifest, string outDirectory, DiagnosticBag diagnostics)
    {
        var jobs = new List<OutputJob>();
        foreach (var entry in manifest.Entries)
        {
            if (!workspace.TemplateExists(entry.Template))
            {
                diagnostics.Error("MG0501", $"template '{entry.Template}' not found in templates/", entry.Span);
                continue;
            }

            IReadOnlyList<IReadOnlyDictionary<string, object?>?> records = [null];
            IReadOnlyCollection<string> fields = [];
            if (entry.Records is { } recordsPath)
            {
                // The planner reads the records; each output depends on its own record only (in its fingerprint).
                if (workspace.Reader().Records(recordsPath, entry.Span, diagnostics, entry.Sheet) is not { } loaded)
                {
                    continue;
                }

                records = loaded;
                fields = loaded.SelectMany(r => r?.Keys ?? []).ToHashSet(StringComparer.Ordinal);
            }

            foreach (var record in records)
            {
                if (Name(workspace, entry, record is null ? RecordValues.None : new RecordValues(record, fields), diagnostics) is not { } name)
                {
                    // One message for the pattern, not one per record.
                    break;
                }

                var sizes = entry.Sizes.IsEmpty ? [(string?)null] : entry.Sizes.Select(s => (string?)s).ToList();
                foreach (var format in entry.Formats)
                {
                    foreach (var size in sizes)
                    {
                        var file = name + (sizes.Count > 1 ? "-" + size : string.Empty) + Extension(format);
                        if (System.Text.Encoding.UTF8.GetByteCount(file) > SafetyLimits.OutputNameBytes)
                        {
                            diagnostics.Error("MG0607", $"the output name '{file[..40]}…' is {System.Text.Encoding.UTF8.GetByteCount(file)} bytes long, more than the limit of {SafetyLimits.OutputNameBytes}; shorten the name or the fields it is made from", entry.Span);
                            continue;
                        }

                        var relative = Path.GetRelativePath(workspace.Root, Path.Combine(outDirectory, file)).Replace('\\', '/');
                        jobs.Add(new OutputJob(Path.GetFileNameWithoutExtension(file), entry, format, size, record, relative) { RecordFields = fields, Timestamp = manifest.Timestamp });
                    }
                }
            }
        }

        return jobs;
    }

    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Png => ".png",
        OutputFormat.Jpeg => ".jpg",
        OutputFormat.Webp => ".webp",
        OutputFormat.Docx => ".docx",
        _ => ".pdf",
    };

    /// <summary>The entry's output name for one record, or null (with an error) when its pattern cannot be rendered.</summary>
    private static string? Name(Workspace workspace, ManifestEntry entry, RecordValues record, DiagnosticBag diagnostics)
    {
        if (!entry.Name.Contains("{{", StringComparison.Ordinal))
        {
            return entry.Name;
        }

        // A mail merge names thousands of outputs with one pattern: parsed once per session.
        var template = workspace.NamePatterns.GetOrAdd(entry.Name, pattern => Template.Parse(pattern));
        if (template.HasErrors)
        {
            diagnostics.Error("MG0606", $"bad name pattern '{entry.Name}': {template.Messages[0].Message}", entry.Span);
            return null;
        }

        // A script object rather than an anonymous type: no reflection, so it also works compiled ahead of time.
        var globals = new Scriban.Runtime.ScriptObject();
        globals.SetValue("record", ScriptValues.FromRecord(record), readOnly: true);
        var context = new TemplateContext(SharedBuiltins.Instance) { MemberRenamer = m => m.Name };
        context.PushGlobal(globals);
        string rendered;
        try
        {
            rendered = template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error("MG0606", $"bad name pattern '{entry.Name}': {e.OriginalMessage}", entry.Span);
            return null;
        }

        return VietnameseSlug.ToSlug(rendered);
    }
}
