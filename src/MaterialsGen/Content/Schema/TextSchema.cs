namespace MaterialsGen.Content.Schema;

/// <summary>A text value, optionally one of fixed words or of a fixed format.</summary>
internal sealed record TextSchema(string Description, TextFormat Format = TextFormat.Free, IReadOnlyList<string>? AllowedValues = null, string? ReferencedKind = null)
    : SchemaNode(Description)
{
    public override string Expected => "a text value";

    public static TextSchema Text(string description) => new(description);

    public static TextSchema OneOf(string description, params IReadOnlyList<string> values) => new(description, AllowedValues: values);

    public static TextSchema Of(TextFormat format, string description) => new(description, format);

    public static TextSchema ReferenceTo(string kind, string description) => new(description, TextFormat.Reference, ReferencedKind: kind);
}
