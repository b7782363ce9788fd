namespace MaterialsGen.Content.Schema;

/// <summary>A named field of a map.</summary>
internal sealed record FieldSchema(string Name, SchemaNode Type, bool Required)
{
    public static FieldSchema Req(string name, SchemaNode type) => new(name, type, Required: true);

    public static FieldSchema Opt(string name, SchemaNode type) => new(name, type, Required: false);
}
