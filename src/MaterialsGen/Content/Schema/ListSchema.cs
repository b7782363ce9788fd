namespace MaterialsGen.Content.Schema;

/// <summary>A list whose entries all have one shape; <see cref="MaxItems"/> null means no limit.</summary>
internal sealed record ListSchema(string Description, SchemaNode Item, int MinItems = 1, int? MaxItems = null)
    : SchemaNode(Description)
{
    public override string Expected => Item is TextSchema ? "a list of text values" : "a list of items";
}
