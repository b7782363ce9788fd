using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MaterialsGen.Build;

/// <summary>
/// Reads <c>materials.yaml</c>. Every mistake is reported with its line and column, all at once:
/// unknown keys (with "did you mean"), missing fields, bad formats or sizes.
/// </summary>
public static class ManifestReader
{
    private static readonly string[] TopKeys = ["date", "outputs"];
    private static readonly string[] EntryKeys = ["name", "template", "data", "records", "formats", "sizes", "impose"];

    private static readonly Dictionary<string, OutputFormat> Formats = new(StringComparer.Ordinal)
    {
        ["pdf"] = OutputFormat.Pdf,
        ["png"] = OutputFormat.Png,
        ["jpeg"] = OutputFormat.Jpeg,
        ["jpg"] = OutputFormat.Jpeg,
        ["webp"] = OutputFormat.Webp,
    };

    public static Manifest? Read(string path, string relativePath, DiagnosticBag diagnostics)
    {
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                diagnostics.Error("MG0602", "the manifest must be a mapping with an 'outputs' list", new SourceSpan(relativePath, 1, 1));
                return null;
            }

            root = map;
        }
        catch (YamlException e)
        {
            diagnostics.Error("MG0601", $"YAML syntax error: {e.InnerException?.Message ?? e.Message}", Span(relativePath, e.Start));
            return null;
        }

        CheckKeys(root, TopKeys, relativePath, diagnostics);
        var timestamp = Timestamp(root, relativePath, diagnostics);
        var entries = ImmutableArray.CreateBuilder<ManifestEntry>();
        if (Get(root, "outputs") is not YamlSequenceNode outputs)
        {
            diagnostics.Error("MG0602", "the manifest needs an 'outputs' list", Span(relativePath, root.Start));
            return null;
        }

        foreach (var node in outputs)
        {
            if (node is not YamlMappingNode entry)
            {
                diagnostics.Error("MG0604", "each output must be a mapping with name, template and data", Span(relativePath, node.Start));
                continue;
            }

            if (Entry(entry, relativePath, diagnostics) is { } parsed)
            {
                entries.Add(parsed);
            }
        }

        return diagnostics.HasErrors ? null : new Manifest(relativePath, timestamp, entries.ToImmutable());
    }

    private static ManifestEntry? Entry(YamlMappingNode entry, string file, DiagnosticBag diagnostics)
    {
        CheckKeys(entry, EntryKeys, file, diagnostics);
        var name = Scalar(entry, "name", file, diagnostics, required: true);
        var template = Scalar(entry, "template", file, diagnostics, required: true);
        var data = List(entry, "data", file, diagnostics);
        var records = Scalar(entry, "records", file, diagnostics, required: false);
        var formats = ImmutableArray.CreateBuilder<OutputFormat>();
        foreach (var (value, span) in ListWithSpans(entry, "formats", file, diagnostics))
        {
            if (Formats.TryGetValue(value, out var format))
            {
                formats.Add(format);
            }
            else
            {
                diagnostics.Error("MG0604", $"unknown format '{value}'; expected one of pdf, png, jpeg, webp{NearestName.Suggest(value, Formats.Keys)}", span);
            }
        }

        var sizes = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, span) in ListWithSpans(entry, "sizes", file, diagnostics))
        {
            if (SizePresets.TryParse(value, out _))
            {
                sizes.Add(value);
            }
            else
            {
                diagnostics.Error("MG0604", $"unknown size '{value}'; expected WxH or one of {string.Join(", ", SizePresets.Named.Keys)}{NearestName.Suggest(value, SizePresets.Named.Keys)}", span);
            }
        }

        if (name is null || template is null)
        {
            return null;
        }

        var impose = Scalar(entry, "impose", file, diagnostics, required: false);
        if (impose is not null and not "booklet")
        {
            diagnostics.Error("MG0604", $"unknown imposition '{impose}'; expected booklet", Span(file, Get(entry, "impose")!.Start));
        }

        return new ManifestEntry(name, template, data, records, formats.Count > 0 ? formats.ToImmutable() : [OutputFormat.Pdf], sizes.ToImmutable(), Span(file, entry.Start))
        {
            Impose = impose,
        };
    }

    private static DateTime Timestamp(YamlMappingNode root, string file, DiagnosticBag diagnostics)
    {
        if (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } epoch
            && long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        }

        if (Get(root, "date") is YamlScalarNode date)
        {
            if (DateTime.TryParseExact(date.Value, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssZ"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return parsed;
            }

            diagnostics.Error("MG0604", $"'{date.Value}' is not a date; write it as YYYY-MM-DD", Span(file, date.Start));
        }

        return new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    private static void CheckKeys(YamlMappingNode map, string[] allowed, string file, DiagnosticBag diagnostics)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                diagnostics.Error("MG0603", $"unknown key '{key.Value}'{NearestName.Suggest(key.Value ?? string.Empty, allowed)}", Span(file, key.Start));
            }
        }
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode map, string key, string file, DiagnosticBag diagnostics, bool required)
    {
        switch (Get(map, key))
        {
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return value;
            case null when !required:
                return null;
            case null:
                diagnostics.Error("MG0602", $"output is missing '{key}'", Span(file, map.Start));
                return null;
            case var other:
                diagnostics.Error("MG0604", $"'{key}' must be a text value", Span(file, other.Start));
                return null;
        }
    }

    private static ImmutableArray<string> List(YamlMappingNode map, string key, string file, DiagnosticBag diagnostics) =>
        [.. ListWithSpans(map, key, file, diagnostics).Select(v => v.Value)];

    private static List<(string Value, SourceSpan Span)> ListWithSpans(YamlMappingNode map, string key, string file, DiagnosticBag diagnostics)
    {
        switch (Get(map, key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return [(scalar.Value ?? string.Empty, Span(file, scalar.Start))];
            case YamlSequenceNode sequence:
                var values = new List<(string, SourceSpan)>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode s)
                    {
                        values.Add((s.Value ?? string.Empty, Span(file, s.Start)));
                    }
                    else
                    {
                        diagnostics.Error("MG0604", $"'{key}' items must be text values", Span(file, item.Start));
                    }
                }

                return values;
            case var other:
                diagnostics.Error("MG0604", $"'{key}' must be a list", Span(file, other.Start));
                return [];
        }
    }

    private static SourceSpan Span(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);
}
