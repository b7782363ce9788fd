using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace MaterialsGen.Build;

/// <summary>
/// Hashes what one output depends on: the tool's version, its manifest entry, its template and the
/// shared partials and assets, its content files, the brand, the fonts, and its own record only (so
/// editing one CSV row rebuilds one handout). File hashes are computed once per process.
/// </summary>
public sealed class InputFingerprint(Workspace workspace)
{
    private static readonly string ToolVersion =
        typeof(InputFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";

    private readonly ConcurrentDictionary<(string Path, DateTime Written, long Length), string> _files = new();
    private readonly Lazy<string> _fonts = new(() => DirectoryHash(workspace, "fonts", _ => true));
    private readonly Lazy<string> _shared = new(() => DirectoryHash(workspace, "templates", f => Path.GetFileName(f).StartsWith('_') || f.Contains("/images/", StringComparison.Ordinal)));

    /// <summary>The project files an output reads, for --manifest-out.</summary>
    public static IReadOnlyList<string> Inputs(Workspace workspace, OutputJob job)
    {
        var inputs = new List<string> { "materials.yaml", workspace.Relative(workspace.Templates.PathOf(job.Entry.Template)) };
        inputs.AddRange(job.Entry.Data);
        if (job.Entry.Records is { } records)
        {
            inputs.Add(records);
        }

        if (System.IO.File.Exists(Path.Combine(workspace.Root, "data", "brand.yaml")))
        {
            inputs.Add("data/brand.yaml");
        }

        return inputs;
    }

    public string Of(OutputJob job, DateTime timestamp)
    {
        var text = new StringBuilder();
        text.Append("tool ").AppendLine(ToolVersion);
        text.Append("time ").AppendLine(timestamp.ToString("O", CultureInfo.InvariantCulture));
        var entry = job.Entry;
        text.Append("entry ").Append(entry.Name).Append('|').Append(entry.Template).Append('|')
            .AppendJoin(',', entry.Data).Append('|').AppendJoin(',', entry.Formats).Append('|').AppendJoin(',', entry.Sizes).Append('|').Append(entry.Impose)
            .Append('|').Append(entry.PdfStandards).Append('|').Append(entry.Bleed.ToString(CultureInfo.InvariantCulture)).Append('|').Append(entry.CropMarks).AppendLine();
        text.Append("job ").Append(job.RelativePath).Append('|').Append(job.Format).Append('|').AppendLine(job.Size);
        foreach (var (key, value) in (job.Record ?? new Dictionary<string, object?>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("record ").Append(key).Append('=').AppendLine(value?.ToString());
        }

        text.Append("template ").AppendLine(FileHash(workspace.Templates.PathOf(entry.Template)));
        text.Append("shared ").AppendLine(_shared.Value);
        text.Append("fonts ").AppendLine(_fonts.Value);
        foreach (var data in entry.Data.Append("data/brand.yaml"))
        {
            text.Append("data ").Append(data).Append(' ').AppendLine(FileHash(Path.Combine(workspace.Root, data)));
        }

        return Hash(text.ToString());
    }

    private string FileHash(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? _files.GetOrAdd((info.FullName, info.LastWriteTimeUtc, info.Length), key => Hash(System.IO.File.ReadAllBytes(key.Path))) : "missing";
    }

    private static string DirectoryHash(Workspace workspace, string folder, Func<string, bool> include)
    {
        var root = Path.Combine(workspace.Root, folder);
        if (!Directory.Exists(root))
        {
            return "none";
        }

        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => f.Replace('\\', '/')).Where(include).Order(StringComparer.Ordinal))
        {
            text.Append(workspace.Relative(file)).Append(' ').AppendLine(Hash(System.IO.File.ReadAllBytes(file)));
        }

        return Hash(text.ToString());
    }

    internal static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    internal static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
