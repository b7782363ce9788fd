using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// What every block may read while laying out: fonts, where to report problems, the page being made,
/// and the fit scale for shrinkable text on fixed canvases.
/// </summary>
public sealed record LayoutContext(FontLibrary Fonts, DiagnosticBag Diagnostics)
{
    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    /// <summary>
    /// Multiplies the font size of paragraphs marked fit-to-box, each within its own min-size and
    /// max-size; a canvas searches for the largest scale at which its content fits.
    /// </summary>
    public float FitScale { get; init; } = 1;

    /// <summary>The legibility floor of the canvas being laid out: no text smaller; 0 for none.</summary>
    public float MinTextSize { get; init; }

    /// <summary>Set when a keep-together block is alone on an empty page and must split after all.</summary>
    public bool IgnoreKeep { get; init; }
}
