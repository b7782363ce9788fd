namespace MaterialsGen.Content;

/// <summary>One key and its value in a map; the key is a scalar so "unknown key" can point at it.</summary>
internal sealed record ContentEntry(ContentScalar Key, ContentNode Value);
