using System.Collections.Frozen;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// The page's own files (HTML, CSS, JS), embedded in the tool: the server answers with these by name from
/// a fixed table and never turns a URL into a path on disk.
/// </summary>
internal static class PreviewAssets
{
    private static readonly FrozenDictionary<string, (string ContentType, byte[] Bytes)> Files = Load();

    public static (string ContentType, byte[] Bytes)? Find(string name) => Files.TryGetValue(name, out var file) ? file : null;

    public static IEnumerable<string> Names => Files.Keys;

    private static FrozenDictionary<string, (string, byte[])> Load()
    {
        const string prefix = "MaterialsGen.Cli.Preview.Assets.";
        var assembly = typeof(PreviewAssets).Assembly;
        var files = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var name = resource[prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[name] = (type, memory.ToArray());
        }

        // Each page is the shared shell (head, stylesheet, script) around its own body.
        var shell = System.Text.Encoding.UTF8.GetString(files["shell.html"].Item2);
        foreach (var fragment in files.Keys.Where(k => k.EndsWith(".body.html", StringComparison.Ordinal)).ToList())
        {
            var page = shell.Replace("<!--body-->", System.Text.Encoding.UTF8.GetString(files[fragment].Item2).TrimEnd(), StringComparison.Ordinal);
            files[fragment[..^".body.html".Length] + ".html"] = (files[fragment].Item1, System.Text.Encoding.UTF8.GetBytes(page));
            files.Remove(fragment);
        }

        files.Remove("shell.html");
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
