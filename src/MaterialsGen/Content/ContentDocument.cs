namespace MaterialsGen.Content;

/// <summary>
/// One loaded content file. <see cref="Path"/> is relative to the project so diagnostics and build
/// outputs never depend on where the project sits on a disk.
/// </summary>
internal sealed record ContentDocument(string Path, ContentNode Root, string Kind)
{
    /// <summary>The document's <c>id</c>, or null when the root is not a map or has no id.</summary>
    public string? Id => (Root as ContentMap)?.GetText("id");

    public object? ToPlainObject() => Root.ToPlainObject();
}
