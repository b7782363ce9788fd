namespace MaterialsGen.Rendering;

public enum RasterFormat
{
    Png,
    Jpeg,
    Webp,
}
