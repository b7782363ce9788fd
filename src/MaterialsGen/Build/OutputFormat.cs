namespace MaterialsGen;

public enum OutputFormat
{
    Pdf,
    Png,
    Jpeg,
    Webp,

    /// <summary>An editable Word document, written from the bound markup rather than the laid-out pages.</summary>
    Docx,
}
