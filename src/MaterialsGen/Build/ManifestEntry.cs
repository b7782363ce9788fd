using System.Collections.Immutable;
using MaterialsGen.Diagnostics;
using MaterialsGen.Rendering.Pdf;
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
    /// <summary>How pages go on sheets: null for one page per sheet, "booklet" for saddle-stitch on sheets twice as wide, "4-up" for four cards per A4 sheet.</summary>
    public string? Impose { get; init; }

    /// <summary>The sheet of an .xlsx records workbook to read; null for the first sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>The standards its PDF claims (<c>pdf: [a-2b, ua-1]</c>); every PDF is tagged whatever this says.</summary>
    public PdfStandards PdfStandards { get; init; }

    /// <summary>How far (points) the artwork runs past the cut; 0 for none.</summary>
    public float Bleed { get; init; }

    public bool CropMarks { get; init; }
}
