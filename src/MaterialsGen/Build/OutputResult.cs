using MaterialsGen.Diagnostics;

namespace MaterialsGen.Build;

internal enum OutputStatus
{
    Built,
    UpToDate,
    Failed,
    Skipped,
}

/// <summary>What happened to one output file.</summary>
internal sealed record OutputResult(OutputJob Job, OutputStatus Status, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed, int Pages)
{
    public bool Succeeded => Status is OutputStatus.Built or OutputStatus.UpToDate;

    /// <summary>The project files (and folder listings, ending in /) the output was made from.</summary>
    public IReadOnlyCollection<string> Inputs { get; init; } = [];
}
