using MaterialsGen.Content.Schema;

namespace MaterialsGen.Build;

/// <summary>The schema files of a project's data/schemas/: one per content kind, records, the kind dispatcher, and materials.yaml's with its templates.</summary>
internal static class ProjectSchemas
{
    public static IReadOnlyDictionary<string, string> Files(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var files = new SortedDictionary<string, string>(JsonSchemaWriter.WriteAll().ToDictionary(), StringComparer.Ordinal);
        var templates = workspace.TemplateNames()
            .Where(n => !n.StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(n => workspace.TemplateInfo(n))
            .Select(i => (i.Name, $"{i.Description}\n\nNội dung: `{i.Kind}` · định dạng: {string.Join(", ", i.Formats)} · cỡ: {i.Size}"))
            .ToList();
        files["materials.schema.json"] = ManifestSchemaWriter.Write(templates);
        return files;
    }
}
