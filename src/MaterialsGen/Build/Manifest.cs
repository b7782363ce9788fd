using System.Collections.Immutable;

namespace MaterialsGen.Build;

/// <summary>The parsed manifest: the outputs and the fixed timestamp written into documents.</summary>
internal sealed record Manifest(string Path, DateTime Timestamp, ImmutableArray<ManifestEntry> Entries);
