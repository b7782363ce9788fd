namespace MaterialsGen.Rendering;

internal enum RasterFormat
{
    Png,
    Jpeg,
    Webp,
}
