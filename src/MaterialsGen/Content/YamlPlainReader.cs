using System.Text;
using MaterialsGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MaterialsGen.Content;

/// <summary>
/// Reads a YAML content file into plain values (maps, lists, NFC-normalised strings) for templates.
/// Syntax errors come back as located diagnostics, never exceptions.
/// </summary>
public static class YamlPlainReader
{
    public static ContentFile? Read(string path, string relativePath, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path, Encoding.UTF8))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                diagnostics.Error("MG0110", "a content file must be a mapping with 'kind' and 'id'", new SourceSpan(relativePath, 1, 1));
                return null;
            }

            var root = (IReadOnlyDictionary<string, object?>)Plain(map)!;
            var kind = root.GetValueOrDefault("kind") as string ?? string.Empty;
            var id = root.GetValueOrDefault("id") as string ?? System.IO.Path.GetFileNameWithoutExtension(path);
            return new ContentFile(relativePath, kind, id, root);
        }
        catch (YamlException e)
        {
            diagnostics.Error("MG0101", $"YAML syntax error: {e.InnerException?.Message ?? e.Message}", new SourceSpan(relativePath, (int)e.Start.Line, (int)e.Start.Column));
            return null;
        }
    }

    private static object? Plain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value?.Normalize(NormalizationForm.FormC),
        YamlSequenceNode sequence => sequence.Children.Select(Plain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            p => ((YamlScalarNode)p.Key).Value ?? string.Empty,
            p => Plain(p.Value),
            StringComparer.Ordinal),
        _ => null,
    };
}
