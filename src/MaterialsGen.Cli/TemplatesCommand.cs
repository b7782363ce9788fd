using System.Text.Json;
using MaterialsGen.Build;

namespace MaterialsGen.Cli;

/// <summary><c>materialsgen templates [--json]</c>: the templates, the content they take, formats and sizes.</summary>
internal static class TemplatesCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(IEnumerable<string> args, TextWriter output)
    {
        var a = new Arguments(args, ["--project"], ["--json"]);
        using var workspace = new Workspace(a.Value("--project") ?? ".");
        var directory = workspace.Templates.TemplatesDirectory;
        var infos = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.sbn")
                .Select(f => Path.GetFileNameWithoutExtension(f)!)
                .Where(n => !n.StartsWith('_'))
                .Order(StringComparer.Ordinal)
                .Select(workspace.TemplateInfo)
                .ToList()
            : [];
        if (a.Flag("--json"))
        {
            var json = infos.Select(i => new { name = i.Name, kind = i.Kind, formats = i.Formats, size = i.Size, description = i.Description });
            output.WriteLine(JsonSerializer.Serialize(json, JsonOptions));
            return ExitCodes.Success;
        }

        foreach (var info in infos)
        {
            output.WriteLine($"{info.Name,-16} {info.Kind,-10} {string.Join(",", info.Formats),-18} {info.Size,-10} {info.Description}");
        }

        return ExitCodes.Success;
    }
}
