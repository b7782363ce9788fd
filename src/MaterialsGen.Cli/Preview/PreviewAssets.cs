using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MaterialsGen.Cli.Localization;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// The page's own files (HTML, CSS, JS), embedded in the tool: the server answers with these by name from
/// a fixed table and never turns a URL into a path on disk. The pages are put together once per language:
/// <c>{{PageX}}</c> in the HTML becomes the interface text <c>PageX</c> of <c>Resources/Messages*.resx</c>,
/// <c>{{lang}}</c> the language, and <c>{{page-text}}</c> a JSON dictionary of every <c>Page*</c> text for
/// preview.js, so each word lives only in the resource files.
/// </summary>
internal static partial class PreviewAssets
{
    private const string TextPrefix = "Page";

    private static readonly FrozenDictionary<string, (string ContentType, byte[] Bytes)> Raw = Load();

    private static readonly FrozenDictionary<string, Lazy<FrozenDictionary<string, (string ContentType, byte[] Bytes)>>> PerLanguage =
        Language.Supported.ToFrozenDictionary(l => l, l => new Lazy<FrozenDictionary<string, (string, byte[])>>(() => Pages(Text.For(l))), StringComparer.Ordinal);

    public static (string ContentType, byte[] Bytes)? Find(string name, Text text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PerLanguage[text.Language].Value.TryGetValue(name, out var file) ? file : null;
    }

    public static IEnumerable<string> Names => PerLanguage[Language.English].Value.Keys;

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

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Each page is the shared shell (head, stylesheet, script, texts) around its own body, in one language.</summary>
    private static FrozenDictionary<string, (string, byte[])> Pages(Text text)
    {
        var files = Raw.Where(f => !f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var shell = Encoding.UTF8.GetString(Raw["shell.html"].Bytes);
        foreach (var (fragment, (type, bytes)) in Raw.Where(f => f.Key.EndsWith(".body.html", StringComparison.Ordinal)))
        {
            var page = shell.Replace("<!--body-->", Encoding.UTF8.GetString(bytes).TrimEnd(), StringComparison.Ordinal);
            files[fragment[..^".body.html".Length] + ".html"] = (type, Encoding.UTF8.GetBytes(Fill(page, text)));
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Fill(string page, Text text) => Placeholder().Replace(page, match => match.Groups[1].Value switch
    {
        "lang" => text.Language,
        "page-text" => PageTextJson(text),
        var key => EscapeHtml(text[key]),
    });

    /// <summary>The JSON goes inside a script element: the default encoder writes &lt;, &gt; and &amp; as \u escapes, so no text can close it.</summary>
    private static string PageTextJson(Text text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var key in text.Keys.Where(k => k.StartsWith(TextPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                json.WriteString(key[TextPrefix.Length..], text[key]);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string EscapeHtml(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\{([A-Za-z-]+)\}\}")]
    private static partial Regex Placeholder();
}
