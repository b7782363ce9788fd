using MaterialsGen.Diagnostics;

namespace MaterialsGen.Build;

/// <summary>What happened to one output file.</summary>
public sealed record OutputResult(OutputJob Job, bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed, int Pages);
