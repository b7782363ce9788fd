using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MaterialsGen.Content.Schema;

/// <summary>How every JSON Schema file of MaterialsGen is written: indented by two, LF, Vietnamese unescaped, a final newline.</summary>
internal static class SchemaJson
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Descriptions carry Vietnamese and typographic quotes; escaping them would make the files unreadable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One schema document: <c>$schema</c>, <c>title</c>, then what <paramref name="body"/> writes.</summary>
    public static string Document(string title, Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", Draft);
            writer.WriteString("title", title);
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A description for hovers, plain and as Markdown (what VS Code's YAML extension shows).</summary>
    public static void Describe(Utf8JsonWriter writer, string markdown)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(markdown);
        writer.WriteString("description", markdown.Replace("`", string.Empty, StringComparison.Ordinal).Replace("**", string.Empty, StringComparison.Ordinal));
        writer.WriteString("markdownDescription", markdown);
    }

    /// <summary>An enum with a Markdown description for each value, shown beside it in completion.</summary>
    public static void Enum(Utf8JsonWriter writer, IReadOnlyList<string> values, IReadOnlyList<string> descriptions)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(descriptions);
        Strings(writer, "enum", values);
        Strings(writer, "markdownEnumDescriptions", descriptions);
    }

    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
