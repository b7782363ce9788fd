using System.Collections.Frozen;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>A colour as a press prints it: cyan, magenta, yellow and black, each 0–1.</summary>
internal readonly record struct CmykColor(float C, float M, float Y, float K);

/// <summary>How a PDF is written beyond what its pages show: the standards it claims and the print values of brand colours.</summary>
internal sealed record PdfOptions
{
    public static PdfOptions Default { get; } = new();

    public PdfStandards Standards { get; init; }

    /// <summary>
    /// CMYK for brand colours (by their exact sRGB value), written as DeviceCMYK instead of RGB so the
    /// press prints the brand's inks. PDF/A files keep RGB: their sRGB output intent allows no DeviceCMYK.
    /// </summary>
    public IReadOnlyDictionary<Color, CmykColor> Cmyk { get; init; } = FrozenDictionary<Color, CmykColor>.Empty;

    /// <summary>The engine session's compressed subsets and streams, shared by its documents; null shares nothing.</summary>
    public PdfCache? Cache { get; init; }
}
