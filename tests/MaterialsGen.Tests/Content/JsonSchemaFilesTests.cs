using MaterialsGen.Content.Schema;

namespace MaterialsGen.Tests.Content;

/// <summary>
/// The schema files editors use must say what the loader checks. They are written from
/// <see cref="ContentSchema"/>; set MATERIALSGEN_UPDATE_SCHEMAS=1 to rewrite them after changing it.
/// </summary>
public sealed class JsonSchemaFilesTests
{
    private static readonly string SchemaDirectory = RepoRoot.Combine("data", "schemas");

    [Fact]
    public void Committed_schema_files_match_the_content_schema()
    {
        var generated = JsonSchemaWriter.WriteAll();
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
}
