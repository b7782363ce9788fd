using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

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
        var temporary = TemporaryFiles.Beside(path);
        File.WriteAllText(temporary, JsonSerializer.Serialize(outputs, Json.ListBuildReportEntry));
        File.Move(temporary, path, overwrite: true);
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
