using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Build;

/// <summary>The --manifest-out JSON: every output's path, sha256, pages, bytes and the inputs it used.</summary>
internal static class BuildReport
{
    private static readonly BuildReportJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void Write(Workspace workspace, IEnumerable<OutputResult> results, string path)
    {
        var outputs = results
            .Where(r => r.Succeeded)
            .OrderBy(r => r.Job.RelativePath, StringComparer.Ordinal)
            .Select(r =>
            {
                var full = Path.Combine(workspace.Root, r.Job.RelativePath);
                var bytes = File.ReadAllBytes(full);
                return new BuildReportEntry(
                    r.Job.RelativePath,
                    Convert.ToHexStringLower(SHA256.HashData(bytes)),
                    r.Pages,
                    bytes.Length,
                    r.Status == OutputStatus.Built ? "built" : "up-to-date",
                    Inputs(r));
            })
            .ToList();
        OutputWriter.WriteText(path, Serialize(outputs));
    }

    public static string Serialize(IReadOnlyList<BuildReportEntry> entries) => JsonSerializer.Serialize([.. entries], Json.ListBuildReportEntry);

    /// <summary>
    /// The reports of the shards of one build as one, ordered by path as a single build writes it. The same
    /// output in two reports is kept once when they agree (same bytes); when they disagree the merge fails.
    /// </summary>
    public static IReadOnlyList<BuildReportEntry>? Merge(IEnumerable<(string File, string Json)> reports, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var merged = new SortedDictionary<string, (BuildReportEntry Entry, string File)>(StringComparer.Ordinal);
        foreach (var (file, json) in reports)
        {
            List<BuildReportEntry>? entries;
            try
            {
                entries = JsonSerializer.Deserialize(json, Json.ListBuildReportEntry);
            }
            catch (JsonException e)
            {
                diagnostics.Error("MG0641", $"not a build report written by build --manifest-out ({e.Message})", SourceSpan.FileOnly(file));
                continue;
            }

            if (entries is null || entries.Exists(e => e?.Path is null || e.Sha256 is null || e.Inputs is null))
            {
                diagnostics.Error("MG0641", "not a build report written by build --manifest-out (each output needs path, sha256 and inputs)", SourceSpan.FileOnly(file));
                continue;
            }

            foreach (var entry in entries)
            {
                if (merged.TryGetValue(entry.Path, out var earlier) && earlier.Entry.Sha256 != entry.Sha256)
                {
                    diagnostics.Error("MG0642", $"'{entry.Path}' is also in {earlier.File} with other bytes (sha256 {earlier.Entry.Sha256[..Math.Min(12, earlier.Entry.Sha256.Length)]}… and {entry.Sha256[..Math.Min(12, entry.Sha256.Length)]}…); the shards were not built from the same input", SourceSpan.FileOnly(file));
                    continue;
                }

                merged.TryAdd(entry.Path, (entry, file));
            }
        }

        return diagnostics.HasErrors ? null : [.. merged.Values.Select(v => v.Entry)];
    }

    /// <summary>
    /// What the output was made from, like a make depfile: the manifest, the records file of a mail merge
    /// (the output depends on its own row of it) and every file it read; folder listings are left out.
    /// </summary>
    private static List<string> Inputs(OutputResult result)
    {
        var inputs = new SortedSet<string>(result.Inputs.Where(i => !i.EndsWith('/')), StringComparer.Ordinal) { Workspace.ManifestPath.Value };
        if (result.Job.Entry.Records is { } records)
        {
            inputs.Add(records.Value);
        }

        return [.. inputs];
    }
}

/// <summary>One output in the --manifest-out report.</summary>
internal sealed record BuildReportEntry(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("pages")] int Pages,
    [property: JsonPropertyName("bytes")] int Bytes,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("inputs")] IReadOnlyList<string> Inputs);

/// <summary>Serialisation code generated at compile time, as for the build state.</summary>
[JsonSerializable(typeof(List<BuildReportEntry>))]
internal sealed partial class BuildReportJson : JsonSerializerContext;
