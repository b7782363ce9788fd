namespace MaterialsGen.Content.Schema;

/// <summary>
/// A map with known fields. When <see cref="OpenTextFields"/> is set (mail-merge records), keys
/// beyond the listed ones are accepted as long as their values are text.
/// </summary>
internal sealed record MapSchema(string Description, IReadOnlyList<FieldSchema> Fields, bool OpenTextFields = false)
    : SchemaNode(Description)
{
    public override string Expected => "a map of fields";

    public FieldSchema? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
