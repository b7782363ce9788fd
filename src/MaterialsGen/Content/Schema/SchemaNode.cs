namespace MaterialsGen.Content.Schema;

/// <summary>
/// The shape a content node must have. One description drives both the loader's checks and the
/// JSON Schema files editors use, so the two cannot drift apart.
/// </summary>
internal abstract record SchemaNode(string Description)
{
    /// <summary>What a node of this shape is called in "expected X, found Y" messages.</summary>
    public abstract string Expected { get; }
}
