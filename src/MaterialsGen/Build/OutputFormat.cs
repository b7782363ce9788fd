namespace MaterialsGen;

public enum OutputFormat
{
    Pdf,
    Png,
    Jpeg,
    Webp,
}
