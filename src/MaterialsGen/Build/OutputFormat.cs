namespace MaterialsGen.Build;

public enum OutputFormat
{
    Pdf,
    Png,
    Jpeg,
    Webp,
}
