using System.Text.Json;

namespace MaterialsGen.Content.Schema;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) files that give editors completion and red squiggles
/// for content files. They are derived from <see cref="ContentSchema"/>, with the Vietnamese texts of
/// <see cref="SchemaTexts"/> as descriptions (plain and Markdown, for VS Code's YAML extension), a
/// description beside each fixed value, and a message in words for each pattern; a test fails when the
/// committed files in data/schemas differ from what this writes.
/// </summary>
internal static class JsonSchemaWriter
{
    /// <summary>Every schema file by file name: one per kind, record.schema.json for records files, content.schema.json choosing by kind.</summary>
    public static IReadOnlyDictionary<string, string> WriteAll()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in ContentSchema.KindNames)
        {
            files.Add($"{kind}.schema.json", SchemaJson.Document($"MaterialsGen {kind}", writer => WriteBody(writer, ContentSchema.Kinds[kind], kind)));
        }

        files.Add("record.schema.json", SchemaJson.Document("MaterialsGen records", writer => WriteBody(writer, ContentSchema.Records, "records")));
        files.Add("content.schema.json", Content());
        return files;
    }

    /// <summary>Every node path of the content schemas that has no Vietnamese text (the test lists them).</summary>
    internal static IReadOnlyList<string> Untranslated()
    {
        var missing = new List<string>();
        foreach (var kind in ContentSchema.KindNames)
        {
            Walk(ContentSchema.Kinds[kind], kind, missing);
        }

        Walk(ContentSchema.Records, "records", missing);
        return missing;
    }

    /// <summary>One schema for any content file of data/: the kind's own schema, chosen by its <c>kind:</c>.</summary>
    private static string Content() => SchemaJson.Document("MaterialsGen content", writer =>
    {
        SchemaJson.Describe(writer, "Một tệp nội dung trong `data/`; `kind:` cho biết loại và lược đồ của nó.");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        writer.WriteStartObject("kind");
        SchemaJson.Describe(writer, "Loại nội dung của tệp.");
        var kinds = ContentSchema.KindNames.ToList();
        SchemaJson.Enum(writer, kinds, [.. kinds.Select(k => SchemaTexts.Value("kind", k) ?? k)]);
        writer.WriteString("errorMessage", $"kind là một trong: {string.Join(", ", kinds)}.");
        writer.WriteEndObject();
        writer.WriteEndObject();
        SchemaJson.Strings(writer, "required", ["kind"]);
        writer.WriteStartArray("allOf");
        foreach (var kind in kinds)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("if");
            writer.WriteStartObject("properties");
            writer.WriteStartObject("kind");
            writer.WriteString("const", kind);
            writer.WriteEndObject();
            writer.WriteEndObject();
            SchemaJson.Strings(writer, "required", ["kind"]);
            writer.WriteEndObject();
            writer.WriteStartObject("then");
            writer.WriteString("$ref", $"{kind}.schema.json");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private static void Walk(SchemaNode node, string path, List<string> missing)
    {
        if (SchemaTexts.Node(path) is null && !path.EndsWith(".kind", StringComparison.Ordinal))
        {
            missing.Add(path);
        }

        switch (node)
        {
            case ListSchema list:
                Walk(list.Item, path + "[]", missing);
                break;
            case MapSchema map:
                foreach (var field in map.Fields)
                {
                    Walk(field.Type, path + "." + field.Name, missing);
                }

                break;
            case TextSchema { AllowedValues: { Count: > 1 } values }:
                var set = path[(path.LastIndexOf('.') + 1)..];
                missing.AddRange(values.Where(v => SchemaTexts.Value(set, v) is null).Select(v => $"{set}: {v}"));
                break;
            default:
                break;
        }
    }

    private static void WriteNode(Utf8JsonWriter writer, SchemaNode node, string path)
    {
        writer.WriteStartObject();
        WriteBody(writer, node, path);
        writer.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter writer, SchemaNode node, string path)
    {
        var kindField = node is TextSchema { AllowedValues.Count: 1 } && path.EndsWith(".kind", StringComparison.Ordinal);
        SchemaJson.Describe(writer, kindField ? $"Luôn là `{((TextSchema)node).AllowedValues![0]}` với loại tệp này." : SchemaTexts.Node(path) ?? node.Description);
        switch (node)
        {
            case TextSchema text:
                WriteText(writer, text, path);
                break;
            case ListSchema list:
                writer.WriteString("type", "array");
                writer.WriteNumber("minItems", list.MinItems);
                if (list.MaxItems is { } max)
                {
                    writer.WriteNumber("maxItems", max);
                }

                writer.WritePropertyName("items");
                WriteNode(writer, list.Item, path + "[]");
                break;
            case MapSchema map:
                WriteMap(writer, map, path);
                break;
            default:
                throw new InvalidOperationException($"Unknown schema node {node.GetType().Name}.");
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, MapSchema map, string path)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var field in map.Fields)
        {
            writer.WritePropertyName(field.Name);
            WriteNode(writer, field.Type, path + "." + field.Name);
        }

        writer.WriteEndObject();
        var required = map.Fields.Where(f => f.Required).Select(f => f.Name).ToList();
        if (required.Count > 0)
        {
            SchemaJson.Strings(writer, "required", required);
        }

        if (map.OpenTextFields)
        {
            // Any further column is text; YAML may read a bare number, date or empty value as another type.
            writer.WriteStartObject("additionalProperties");
            WriteTypes(writer, "string", "number", "boolean", "null");
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteBoolean("additionalProperties", false);
        }
    }

    private static void WriteText(Utf8JsonWriter writer, TextSchema text, string path)
    {
        if (text.AllowedValues is { Count: 1 } single)
        {
            writer.WriteString("const", single[0]);
            return;
        }

        if (text.AllowedValues is { } allowed)
        {
            var set = path[(path.LastIndexOf('.') + 1)..];
            SchemaJson.Enum(writer, allowed, [.. allowed.Select(v => SchemaTexts.Value(set, v) ?? v)]);
            writer.WriteString("errorMessage", $"{set} là một trong: {string.Join(", ", allowed)}.");
            return;
        }

        switch (text.Format)
        {
            case TextFormat.Id or TextFormat.Reference:
                writer.WriteString("type", "string");
                Pattern(writer, ContentValidator.IdPatternText, "Chỉ dùng chữ thường không dấu a–z, chữ số và dấu gạch nối, như 9-khong.");
                break;
            case TextFormat.Date:
                writer.WriteString("type", "string");
                writer.WriteString("format", "date");
                Pattern(writer, ContentValidator.DatePatternText, "Viết ngày dạng YYYY-MM-DD, như 2023-12-14.");
                break;
            case TextFormat.DateOrYear:
                // YAML reads a bare 2018 as a number; the loader reads it as text. Both are fine.
                WriteTypes(writer, "string", "integer");
                Pattern(writer, ContentValidator.DateOrYearPatternText, "Viết ngày dạng YYYY-MM-DD, hoặc chỉ năm YYYY.");
                writer.WriteNumber("minimum", 1000);
                writer.WriteNumber("maximum", 9999);
                break;
            case TextFormat.Colour:
                writer.WriteString("type", "string");
                Pattern(writer, ContentValidator.ColourPatternText, "Viết màu dạng #RRGGBB, như #B3261E.");
                break;
            default:
                // The loader reads every scalar as text, so a bare number or "yes" is accepted too.
                WriteTypes(writer, "string", "number", "boolean");
                writer.WriteNumber("minLength", 1);
                break;
        }
    }

    /// <summary>A pattern, and what it means in words: editors show the words instead of the regular expression.</summary>
    private static void Pattern(Utf8JsonWriter writer, string pattern, string message)
    {
        writer.WriteString("pattern", pattern);
        writer.WriteString("patternErrorMessage", message);
    }

    private static void WriteTypes(Utf8JsonWriter writer, params ReadOnlySpan<string> types)
    {
        writer.WriteStartArray("type");
        foreach (var type in types)
        {
            writer.WriteStringValue(type);
        }

        writer.WriteEndArray();
    }
}
