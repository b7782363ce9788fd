using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using MaterialsGen.Build;
using MaterialsGen.Project;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen templates [--json]</c>: the templates, the content they take, formats and sizes, and
/// where each comes from: built into the tool, the project's own, or the project's copy over a built-in.
/// </summary>
internal static class TemplatesCommand
{
    private static readonly TemplateListJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    public static Command Create(CliContext cli)
    {
        var project = CommonOptions.Project(cli);
        var json = new Option<bool>("--json") { Description = cli.Text["OptJson"] };
        var command = new Command("templates", cli.Text["CmdTemplates"]) { json, project };
        command.SetAction(parse => Run(parse.GetValue(project) ?? ".", parse.GetValue(json), cli));
        return command;
    }

    private static int Run(string project, bool json, CliContext cli)
    {
        using var workspace = new Workspace(project);
        var infos = workspace.TemplateNames()
            .Where(n => !n.StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(n => (Info: workspace.TemplateInfo(n), Origin: Origin(workspace, n)))
            .ToList();
        if (json)
        {
            var entries = infos.Select(i => Entry(i.Info, i.Origin)).ToList();
            cli.Out.WriteLine(JsonSerializer.Serialize(entries, Json.ListTemplateListEntry));
            return ExitCodes.Success;
        }

        var origins = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [TemplateOrigin.BuiltIn] = cli.Text["OriginBuiltIn"],
            [TemplateOrigin.Project] = cli.Text["OriginProject"],
            [TemplateOrigin.Overrides] = cli.Text["OriginOverrides"],
        };
        var width = origins.Values.Max(o => o.Length);
        foreach (var (info, origin) in infos)
        {
            cli.Out.WriteLine($"{info.Name,-16} {origins[origin].PadRight(width)} {info.Kind,-34} {string.Join(",", info.Formats),-18} {string.Join(",", info.Sizes),-28} {info.Description}");
        }

        return ExitCodes.Success;
    }

    private static TemplateListEntry Entry(TemplateInfo info, string origin) => new(
        info.Name,
        info.Kind,
        info.Formats,
        info.Size,
        [.. info.Sizes.Select(SizeEntry)],
        [.. info.Takes.Select(r => new TemplateContentEntry(r.Kind, r.Min, r.Max == int.MaxValue ? null : r.Max))],
        info.Description,
        origin);

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

    private static string Origin(Workspace workspace, string name) =>
        !MaterialsGen.Templating.TemplatePaths.TryResolve(name, out var path) ? TemplateOrigin.Project : workspace.Files switch
        {
            LayeredProjectFiles layered when layered.IsBuiltIn(path) => TemplateOrigin.BuiltIn,
            LayeredProjectFiles layered when layered.BuiltIns.Stamp(path) is not null => TemplateOrigin.Overrides,
            _ => TemplateOrigin.Project,
        };
}

/// <summary>Where a template comes from, as <c>templates --json</c> spells it.</summary>
internal static class TemplateOrigin
{
    public const string BuiltIn = "built-in";
    public const string Project = "project";
    public const string Overrides = "project-overrides-built-in";
}

/// <summary>One template in <c>templates --json</c>.</summary>
internal sealed record TemplateListEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("formats")] IReadOnlyList<string> Formats,
    [property: JsonPropertyName("size")] string Size,
    [property: JsonPropertyName("sizes")] IReadOnlyList<TemplateSizeEntry> Sizes,
    [property: JsonPropertyName("content")] IReadOnlyList<TemplateContentEntry> Content,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("origin")] string Origin);

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
