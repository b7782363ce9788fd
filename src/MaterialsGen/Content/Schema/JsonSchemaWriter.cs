using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MaterialsGen.Content.Schema;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) files that give editors completion and red squiggles
/// for content files. They are derived from <see cref="ContentSchema"/>; a test fails when the
/// committed files in data/schemas differ from what this writes.
/// </summary>
internal static class JsonSchemaWriter
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Every schema file by file name: one per kind, plus record.schema.json for records files.</summary>
    public static IReadOnlyDictionary<string, string> WriteAll()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in ContentSchema.KindNames)
        {
            files.Add($"{kind}.schema.json", Write($"MaterialsGen {kind}", ContentSchema.Kinds[kind]));
        }

        files.Add("record.schema.json", Write("MaterialsGen records", ContentSchema.Records));
        return files;
    }

    private static string Write(string title, SchemaNode root)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",

            // Descriptions carry Vietnamese and typographic quotes; escaping them would make the files unreadable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", Draft);
            writer.WriteString("title", title);
            WriteBody(writer, root);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNode(Utf8JsonWriter writer, SchemaNode node)
    {
        writer.WriteStartObject();
        WriteBody(writer, node);
        writer.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter writer, SchemaNode node)
    {
        writer.WriteString("description", node.Description);
        switch (node)
        {
            case TextSchema text:
                WriteText(writer, text);
                break;
            case ListSchema list:
                writer.WriteString("type", "array");
                writer.WriteNumber("minItems", list.MinItems);
                if (list.MaxItems is { } max)
                {
                    writer.WriteNumber("maxItems", max);
                }

                writer.WritePropertyName("items");
                WriteNode(writer, list.Item);
                break;
            case MapSchema map:
                WriteMap(writer, map);
                break;
            default:
                throw new InvalidOperationException($"Unknown schema node {node.GetType().Name}.");
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, MapSchema map)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var field in map.Fields)
        {
            writer.WritePropertyName(field.Name);
            WriteNode(writer, field.Type);
        }

        writer.WriteEndObject();
        var required = map.Fields.Where(f => f.Required).ToList();
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            foreach (var field in required)
            {
                writer.WriteStringValue(field.Name);
            }

            writer.WriteEndArray();
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

    private static void WriteText(Utf8JsonWriter writer, TextSchema text)
    {
        if (text.AllowedValues is { Count: 1 } single)
        {
            writer.WriteString("const", single[0]);
            return;
        }

        if (text.AllowedValues is { } allowed)
        {
            writer.WriteStartArray("enum");
            foreach (var value in allowed)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
            return;
        }

        switch (text.Format)
        {
            case TextFormat.Id or TextFormat.Reference:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", ContentValidator.IdPatternText);
                break;
            case TextFormat.Date:
                writer.WriteString("type", "string");
                writer.WriteString("format", "date");
                writer.WriteString("pattern", ContentValidator.DatePatternText);
                break;
            case TextFormat.DateOrYear:
                // YAML reads a bare 2018 as a number; the loader reads it as text. Both are fine.
                WriteTypes(writer, "string", "integer");
                writer.WriteString("pattern", ContentValidator.DateOrYearPatternText);
                writer.WriteNumber("minimum", 1000);
                writer.WriteNumber("maximum", 9999);
                break;
            case TextFormat.Colour:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", ContentValidator.ColourPatternText);
                break;
            default:
                // The loader reads every scalar as text, so a bare number or "yes" is accepted too.
                WriteTypes(writer, "string", "number", "boolean");
                writer.WriteNumber("minLength", 1);
                break;
        }
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
