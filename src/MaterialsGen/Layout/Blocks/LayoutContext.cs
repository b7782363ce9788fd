using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// What every block may read while laying out: fonts, where to report problems, the page being made,
/// and the fit scale for shrinkable text on fixed canvases.
/// </summary>
internal sealed record LayoutContext(FontLibrary Fonts, DiagnosticBag Diagnostics)
{
    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    /// <summary>Multiplies the font size of paragraphs marked fit-to-box; 1 unless a canvas overflows.</summary>
    public float FitScale { get; init; } = 1;

    /// <summary>Set when a keep-together block is alone on an empty page and must split after all.</summary>
    public bool IgnoreKeep { get; init; }
}
