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

    /// <summary>
    /// Multiplies the font size of paragraphs marked fit-to-box, each within its own min-size and
    /// max-size; a canvas searches for the largest scale at which its content fits.
    /// </summary>
    public float FitScale { get; init; } = 1;

    /// <summary>The legibility floor of the canvas being laid out: no text smaller; 0 for none.</summary>
    public float MinTextSize { get; init; }

    /// <summary>Set when a keep-together block is alone on an empty page and must split after all.</summary>
    public bool IgnoreKeep { get; init; }

    /// <summary>Locates the markup offsets spans and blocks keep, for messages about the text at fault.</summary>
    public IOriginMap? Origins { get; init; }

    /// <summary>Where the markup character at <paramref name="offset"/> came from; <paramref name="fallback"/> (the element) when unknown.</summary>
    public SourceOrigin Locate(int offset, SourceSpan fallback) =>
        offset >= 0 && Origins?.Locate(offset) is { IsNone: false } origin ? origin : new SourceOrigin(fallback, SourceSpan.None);
}
