namespace MaterialsGen.Build;

/// <summary>One file to write: an entry of the manifest in one format and size, for one record if any.</summary>
public sealed record OutputJob(
    string Name,
    ManifestEntry Entry,
    OutputFormat Format,
    string? Size,
    IReadOnlyDictionary<string, object?>? Record,
    string RelativePath);
