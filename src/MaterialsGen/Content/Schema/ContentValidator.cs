using System.Globalization;
using System.Text.RegularExpressions;
using MaterialsGen.Diagnostics;
using MaterialsGen.Vietnamese;

namespace MaterialsGen.Content.Schema;

/// <summary>
/// Checks a content tree against a <see cref="SchemaNode"/> and reports every mismatch, not just
/// the first, each at the node that needs fixing: the key of an unknown field, the value of a
/// wrong one, the map that lacks a required one.
/// </summary>
internal static partial class ContentValidator
{
    /// <summary>Validates a content document's root; the kind decides the schema.</summary>
    /// <returns>The document's kind when it is known, otherwise null.</returns>
    public static string? ValidateDocument(ContentNode root, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (root is not ContentMap map)
        {
            diagnostics.Error(ContentCodes.WrongType, $"expected a map of fields at the top of the file, found {root.Describe()}", root.Span);
            return null;
        }

        var known = string.Join(", ", ContentSchema.KindNames);
        if (!map.TryGetEntry("kind", out var kindEntry))
        {
            diagnostics.Error(ContentCodes.MissingField, $"missing required field 'kind'; known kinds are {known}", map.Span);
            return null;
        }

        if (kindEntry.Value is not ContentScalar { IsNull: false } kindScalar)
        {
            diagnostics.Error(ContentCodes.WrongType, $"kind: expected one of {known}, found {kindEntry.Value.Describe()}", kindEntry.Value.Span);
            return null;
        }

        if (!ContentSchema.Kinds.TryGetValue(kindScalar.Value, out var schema))
        {
            var suggestion = NearestName.Suggest(kindScalar.Value, ContentSchema.KindNames);
            diagnostics.Error(ContentCodes.UnknownKind, $"unknown kind '{kindScalar.Value}'; known kinds are {known}{suggestion}", kindScalar.Span);
            return null;
        }

        Validate(map, schema, "document", diagnostics);
        return kindScalar.Value;
    }

    /// <summary>Validates any node against a shape; <paramref name="name"/> is how messages call it.</summary>
    public static void Validate(ContentNode node, SchemaNode schema, string name, DiagnosticBag diagnostics)
    {
        switch (schema)
        {
            case TextSchema text:
                CheckText(node, text, name, diagnostics);
                break;
            case ListSchema list:
                CheckList(node, list, name, diagnostics);
                break;
            case MapSchema map:
                CheckMap(node, map, name, diagnostics);
                break;
            default:
                throw new InvalidOperationException($"Unknown schema node {schema.GetType().Name}.");
        }
    }

    // Shared with the JSON Schema files, so editors and the loader accept the same values.
    internal const string IdPatternText = "^[a-z0-9-]+$";
    internal const string ColourPatternText = "^#[0-9A-Fa-f]{6}$";
    internal const string DatePatternText = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    internal const string DateOrYearPatternText = "^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$";

    [GeneratedRegex(IdPatternText, RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();

    [GeneratedRegex(ColourPatternText, RegexOptions.CultureInvariant)]
    internal static partial Regex ColourPattern();

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    internal static partial Regex YearPattern();

    private static void CheckMap(ContentNode node, MapSchema schema, string name, DiagnosticBag diagnostics)
    {
        if (node is not ContentMap map)
        {
            WrongType(node, schema, name, diagnostics);
            return;
        }

        foreach (var entry in map.Entries)
        {
            var field = schema.Find(entry.Key.Value);
            if (field is not null)
            {
                Validate(entry.Value, field.Type, entry.Key.Value, diagnostics);
            }
            else if (schema.OpenTextFields)
            {
                if (entry.Value is not ContentScalar)
                {
                    diagnostics.Error(ContentCodes.WrongType, $"{entry.Key.Value}: expected a text value, found {entry.Value.Describe()}", entry.Value.Span);
                }
            }
            else
            {
                var names = schema.Fields.Select(f => f.Name).ToList();
                var suggestion = NearestName.Suggest(entry.Key.Value, names);
                var hint = suggestion.Length > 0 ? suggestion : $"; known keys are {string.Join(", ", names)}";
                diagnostics.Error(ContentCodes.UnknownKey, $"unknown key '{entry.Key.Value}'{hint}", entry.Key.Span);
            }
        }

        foreach (var field in schema.Fields.Where(f => f.Required && map[f.Name] is null))
        {
            var where = name == "document" ? string.Empty : $" in {name}";
            diagnostics.Error(ContentCodes.MissingField, $"missing required field '{field.Name}'{where}", map.Span);
        }
    }

    private static void CheckList(ContentNode node, ListSchema schema, string name, DiagnosticBag diagnostics)
    {
        if (node is not ContentList list)
        {
            WrongType(node, schema, name, diagnostics);
            return;
        }

        if (list.Count < schema.MinItems)
        {
            diagnostics.Error(ContentCodes.ItemCount, $"{name} needs at least {schema.MinItems} {Items(schema.MinItems)}, found {list.Count}", list.Span);
        }
        else if (schema.MaxItems is { } max && list.Count > max)
        {
            diagnostics.Error(ContentCodes.ItemCount, $"{name} takes at most {max} {Items(max)}, found {list.Count}", list.Items[max].Span);
        }

        for (var i = 0; i < list.Count; i++)
        {
            Validate(list.Items[i], schema.Item, string.Create(CultureInfo.InvariantCulture, $"item {i + 1} of {name}"), diagnostics);
        }
    }

    private static void CheckText(ContentNode node, TextSchema schema, string name, DiagnosticBag diagnostics)
    {
        if (node is not ContentScalar scalar)
        {
            WrongType(node, schema, name, diagnostics);
            return;
        }

        var value = scalar.Value;
        if (scalar.IsNull || string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Error(ContentCodes.EmptyText, $"{name} is empty; write a value or remove the key", scalar.Span);
            return;
        }

        if (schema.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
        {
            var suggestion = NearestName.Suggest(value, allowed);
            diagnostics.Error(ContentCodes.BadEnumValue, $"{name} must be one of {string.Join(", ", allowed)}; found '{value}'{suggestion}", scalar.Span);
            return;
        }

        switch (schema.Format)
        {
            case TextFormat.Id or TextFormat.Reference when value.Length > SafetyLimits.IdChars:
                diagnostics.Error(ContentCodes.BadId, $"{name} of {value.Length} characters is longer than the limit of {SafetyLimits.IdChars}; file names are made from ids, shorten it", scalar.Span);
                break;
            case TextFormat.Id or TextFormat.Reference when !IdPattern().IsMatch(value):
                var slug = VietnameseSlug.ToSlug(value);
                var tryThis = slug.Length > 0 && slug != value ? $"; try '{slug}'" : string.Empty;
                diagnostics.Error(ContentCodes.BadId, $"{name} '{value}' may only use lowercase letters a-z, digits and '-'{tryThis}", scalar.Span);
                break;
            case TextFormat.Date when !IsIsoDate(value):
                diagnostics.Error(ContentCodes.BadFormat, $"{name} must be a date written YYYY-MM-DD, e.g. 2024-01-05; found '{value}'", scalar.Span);
                break;
            case TextFormat.DateOrYear when !YearPattern().IsMatch(value) && !IsIsoDate(value):
                diagnostics.Error(ContentCodes.BadFormat, $"{name} must be a date written YYYY-MM-DD, or a year YYYY; found '{value}'", scalar.Span);
                break;
            case TextFormat.Colour when !ColourPattern().IsMatch(value):
                diagnostics.Error(ContentCodes.BadFormat, $"{name} must be a colour written #RRGGBB, e.g. #B3261E; found '{value}'", scalar.Span);
                break;
            default:
                break;
        }
    }

    internal static bool IsIsoDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static void WrongType(ContentNode node, SchemaNode schema, string name, DiagnosticBag diagnostics) =>
        diagnostics.Error(ContentCodes.WrongType, $"{name}: expected {schema.Expected}, found {node.Describe()}", node.Span);

    private static string Items(int count) => count == 1 ? "item" : "items";
}
