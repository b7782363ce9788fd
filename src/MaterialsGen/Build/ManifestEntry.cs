using System.Collections.Immutable;
using MaterialsGen.Diagnostics;
using MaterialsGen.Project;

namespace MaterialsGen.Build;

/// <summary>One output of <c>materials.yaml</c>: a template, its content, and the formats and sizes to write.</summary>
internal sealed record ManifestEntry(
    string Name,
    string Template,
    ImmutableArray<ProjectPath> Data,
    ProjectPath? Records,
    ImmutableArray<OutputFormat> Formats,
    ImmutableArray<string> Sizes,
    SourceSpan Span)
{
    /// <summary>How pages go on sheets: null for one page per sheet, "booklet" for saddle-stitch on sheets twice as wide.</summary>
    public string? Impose { get; init; }

    /// <summary>The sheet of an .xlsx records workbook to read; null for the first sheet.</summary>
    public string? Sheet { get; init; }
}
