namespace MaterialsGen.Rendering.Pdf;

/// <summary>Turns an SVG's drawing commands (Svg.Skia's model) into PDF content operators.</summary>
internal static class PdfVectorForm
{
    /// <summary>
    /// The content stream (uncompressed) that draws <paramref name="model"/> in its own coordinates (y
    /// down, as recorded), and the body of the resource dictionary it needs; null when the drawing uses
    /// something this cannot express, and the caller embeds a raster instead.
    /// </summary>
    public static (PdfBuffer Content, string Resources)? TryConvert(ShimSkiaSharp.SKPicture model)
    {
        _ = model;
        return null;
    }
}
