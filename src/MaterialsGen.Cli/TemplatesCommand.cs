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
            var json = infos.Select(i => new TemplateListEntry(i.Name, i.Kind, i.Formats, i.Size, i.Description)).ToList();
            output.WriteLine(JsonSerializer.Serialize(json, Json.ListTemplateListEntry));
            return ExitCodes.Success;
        }

        foreach (var info in infos)
        {
            output.WriteLine($"{info.Name,-16} {info.Kind,-34} {string.Join(",", info.Formats),-18} {info.Size,-10} {info.Description}");
        }

        return ExitCodes.Success;
    }
}

/// <summary>One template in <c>templates --json</c>.</summary>
internal sealed record TemplateListEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("formats")] IReadOnlyList<string> Formats,
    [property: JsonPropertyName("size")] string Size,
    [property: JsonPropertyName("description")] string Description);

/// <summary>Serialisation code generated at compile time (no reflection, so it also works ahead of time).</summary>
[JsonSerializable(typeof(List<TemplateListEntry>))]
internal sealed partial class TemplateListJson : JsonSerializerContext;
