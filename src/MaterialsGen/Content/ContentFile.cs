namespace MaterialsGen.Content;

/// <summary>A loaded content file: its project-relative path, kind, id and plain value tree (NFC text).</summary>
public sealed record ContentFile(string Path, string Kind, string Id, IReadOnlyDictionary<string, object?> Root);
