using System.Text.Json;
using MaterialsGen.Build;
using MaterialsGen.Content.Schema;

namespace MaterialsGen.Tests.Content;

/// <summary>
/// The schema files editors use must say what the loader checks. They are written from
/// <see cref="ContentSchema"/> and, for materials.yaml, from the manifest reader's keys and the project's
/// templates; set MATERIALSGEN_UPDATE_SCHEMAS=1 to rewrite them after changing either.
/// </summary>
public sealed class JsonSchemaFilesTests
{
    private static readonly string SchemaDirectory = RepoRoot.Combine("data", "schemas");

    private static IReadOnlyDictionary<string, string> Generated()
    {
        using var workspace = new Workspace(RepoRoot.Combine());
        return ProjectSchemas.Files(workspace);
    }

    [Fact]
    public void Committed_schema_files_match_the_content_schema_and_the_manifest()
    {
        var generated = Generated();
        if (Environment.GetEnvironmentVariable("MATERIALSGEN_UPDATE_SCHEMAS") == "1")
        {
            foreach (var (name, text) in generated)
            {
                File.WriteAllText(Path.Combine(SchemaDirectory, name), text);
            }
        }

        var committed = Directory.EnumerateFiles(SchemaDirectory, "*.schema.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
        Assert.Equal(generated.Keys, committed);
        foreach (var (name, text) in generated)
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(SchemaDirectory, name)));
        }
    }

    [Fact]
    public void Schemas_are_draft_2020_12_and_closed()
    {
        var list = JsonSchemaWriter.WriteAll()["list.schema.json"];
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", list, StringComparison.Ordinal);
        Assert.Contains("\"additionalProperties\": false", list, StringComparison.Ordinal);
        Assert.Contains("\"enum\": [\n        \"do\",\n        \"dont\",\n        \"neutral\"\n      ]", list, StringComparison.Ordinal);
        Assert.Contains("\"pattern\": \"^[a-z0-9-]+$\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_node_and_fixed_value_has_a_vietnamese_text_and_every_pattern_a_message()
    {
        Assert.Empty(JsonSchemaWriter.Untranslated());
        using var list = JsonDocument.Parse(JsonSchemaWriter.WriteAll()["list.schema.json"]);
        var properties = list.RootElement.GetProperty("properties");
        Assert.Equal("Sắc thái của danh sách; quyết định màu và dấu đầu dòng.", properties.GetProperty("tone").GetProperty("markdownDescription").GetString());
        var tones = properties.GetProperty("tone").GetProperty("markdownEnumDescriptions").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(ContentSchema.Tones.Count, tones.Count);
        Assert.StartsWith("**Nên làm**", tones[0], StringComparison.Ordinal);
        var icon = properties.GetProperty("items").GetProperty("items").GetProperty("properties").GetProperty("icon");
        Assert.Equal(ContentSchema.Icons.Count, icon.GetProperty("markdownEnumDescriptions").GetArrayLength());
        Assert.Equal("Chỉ dùng chữ thường không dấu a–z, chữ số và dấu gạch nối, như 9-khong.", properties.GetProperty("id").GetProperty("patternErrorMessage").GetString());

        foreach (var (name, text) in Generated())
        {
            using var schema = JsonDocument.Parse(text);
            foreach (var node in Nodes(schema.RootElement))
            {
                if (node.TryGetProperty("pattern", out _))
                {
                    Assert.True(node.TryGetProperty("patternErrorMessage", out _), $"{name}: a pattern without a message");
                }

                if (node.TryGetProperty("enum", out var values) && values.GetArrayLength() > 1)
                {
                    Assert.Equal(values.GetArrayLength(), node.GetProperty("markdownEnumDescriptions").GetArrayLength());
                }

                if (node.TryGetProperty("description", out _))
                {
                    Assert.True(node.TryGetProperty("markdownDescription", out _), $"{name}: a description without Markdown");
                }
            }
        }
    }

    [Fact]
    public void The_manifest_schema_names_every_key_the_reader_takes_and_the_projects_templates()
    {
        Assert.Empty(ManifestSchemaWriter.EntryKeysWithoutText());
        Assert.Empty(ManifestSchemaWriter.FormatsWithoutText());
        using var schema = JsonDocument.Parse(Generated()["materials.schema.json"]);
        var entry = schema.RootElement.GetProperty("properties").GetProperty("outputs").GetProperty("items").GetProperty("properties");
        Assert.Equal(ManifestReader.EntryKeys, entry.EnumerateObject().Select(p => p.Name));
        var templates = entry.GetProperty("template").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["giai-phap", "handout", "handout-chi-bo", "infographic", "nen-khong-nen", "the-bo-tui", "the-trich-dan", "y-kien"], templates);
        Assert.StartsWith("Infographic cho một danh sách", entry.GetProperty("template").GetProperty("markdownEnumDescriptions")[templates.IndexOf("infographic")].GetString(), StringComparison.Ordinal);
        var sizes = entry.GetProperty("sizes").GetProperty("items").GetProperty("anyOf")[0].GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(SizePresets.Named.Keys, sizes);
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var node in Nodes(property.Value))
                {
                    yield return node;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var node in Nodes(item))
                {
                    yield return node;
                }
            }
        }
    }
}
