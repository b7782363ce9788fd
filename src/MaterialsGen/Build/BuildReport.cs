using System.Security.Cryptography;
using System.Text.Json;

namespace MaterialsGen.Build;

/// <summary>The --manifest-out JSON: every output's path, sha256, pages, bytes and the inputs it used.</summary>
public static class BuildReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Workspace workspace, IEnumerable<OutputResult> results, string path)
    {
        var outputs = results
            .Where(r => r.Succeeded)
            .OrderBy(r => r.Job.RelativePath, StringComparer.Ordinal)
            .Select(r =>
            {
                var full = Path.Combine(workspace.Root, r.Job.RelativePath);
                var bytes = File.ReadAllBytes(full);
                return new
                {
                    path = r.Job.RelativePath,
                    sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                    pages = r.Pages,
                    bytes = bytes.Length,
                    status = r.Status == OutputStatus.Built ? "built" : "up-to-date",
                    inputs = InputFingerprint.Inputs(workspace, r.Job),
                };
            })
            .ToList();
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(outputs, Options));
        File.Move(temporary, path, overwrite: true);
    }
}
