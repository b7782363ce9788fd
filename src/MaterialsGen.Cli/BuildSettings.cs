namespace MaterialsGen.Cli;

/// <summary>One build's options as parsed: what <c>build</c> runs once and <c>watch</c> after every save.</summary>
internal sealed record BuildSettings(
    string Project,
    string? Out,
    int Jobs,
    bool Force,
    string? Only,
    (int Index, int Count)? Shard,
    bool Clean,
    bool FailFast,
    string? ManifestOut,
    bool Quiet);
