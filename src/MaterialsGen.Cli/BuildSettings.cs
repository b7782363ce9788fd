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
    bool Quiet)
{
    /// <summary>Whether outputs share the work they have in common; off (<c>--no-memo</c>) only to show sharing changes nothing.</summary>
    public bool Memoize { get; init; } = true;
}
