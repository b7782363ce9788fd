using System.Text.Json;
using System.Text.Json.Serialization;
using MaterialsGen.Build;

namespace MaterialsGen.Cli;

/// <summary><c>materialsgen templates [--json]</c>: the templates, the content they take, formats and sizes.</summary>
internal static class TemplatesCommand
{
    private static readonly TemplateListJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    public static int Run(IEnumerable<string> args, TextWriter output)
    {
        var a = new Arguments(args, ["--project"], ["--json"]);
        using var workspace = new Workspace(a.Value("--project") ?? ".");
        var infos = workspace.TemplateNames()
            .Where(n => !n.StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(workspace.TemplateInfo)
            .ToList();
        if (a.Flag("--json"))
        {
            var json = infos.Select(Entry).ToList();
            output.WriteLine(JsonSerializer.Serialize(json, Json.ListTemplateListEntry));
            return ExitCodes.Success;
        }

        foreach (var info in infos)
        {
            output.WriteLine($"{info.Name,-16} {info.Kind,-34} {string.Join(",", info.Formats),-18} {string.Join(",", info.Sizes),-28} {info.Description}");
        }

        return ExitCodes.Success;
    }

    private static TemplateListEntry Entry(TemplateInfo info) => new(
        info.Name,
        info.Kind,
        info.Formats,
        info.Size,
        [.. info.Sizes.Select(SizeEntry)],
        [.. info.Takes.Select(r => new TemplateContentEntry(r.Kind, r.Min, r.Max == int.MaxValue ? null : r.Max))],
        info.Description);

    /// <summary>A size with its dimensions: pixels for images and slides, points (1/72 in) for paper.</summary>
    private static TemplateSizeEntry SizeEntry(string name)
    {
        if (!SizePresets.TryParse(name, out var size))
        {
            return new TemplateSizeEntry(name, 0, 0, null);
        }

        var paper = SizePresets.IsPaper(name);
        return new TemplateSizeEntry(name, Math.Round(size.Width, 2), Math.Round(size.Height, 2), paper ? "pt" : "px");
    }
}

/// <summary>One template in <c>templates --json</c>.</summary>
internal sealed record TemplateListEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("formats")] IReadOnlyList<string> Formats,
    [property: JsonPropertyName("size")] string Size,
    [property: JsonPropertyName("sizes")] IReadOnlyList<TemplateSizeEntry> Sizes,
    [property: JsonPropertyName("content")] IReadOnlyList<TemplateContentEntry> Content,
    [property: JsonPropertyName("description")] string Description);

/// <summary>A size a template is designed for: <c>{"name":"square","width":1080,"height":1080,"unit":"px"}</c>.</summary>
internal sealed record TemplateSizeEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("width")] double Width,
    [property: JsonPropertyName("height")] double Height,
    [property: JsonPropertyName("unit")] string? Unit);

/// <summary>Content a template takes: a kind (the schema in data/schemas) and how many files of it (max null: no limit).</summary>
internal sealed record TemplateContentEntry(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("min")] int Min,
    [property: JsonPropertyName("max"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Max);

/// <summary>Serialisation code generated at compile time (no reflection, so it also works ahead of time).</summary>
[JsonSerializable(typeof(List<TemplateListEntry>))]
internal sealed partial class TemplateListJson : JsonSerializerContext;
