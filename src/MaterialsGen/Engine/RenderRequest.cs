namespace MaterialsGen;

/// <summary>
/// One document to render: a template of the project's templates/ (by name, such as <c>infographic</c>)
/// and its content files (project paths such as <c>data/9-khong.yaml</c>; for a project in a folder, any
/// file path).
/// </summary>
public sealed record RenderRequest(string Template, IReadOnlyList<string> Data)
{
    public OutputFormat Format { get; init; } = OutputFormat.Pdf;

    /// <summary>A named size (<c>a4</c>, <c>a5</c>, <c>portrait</c>, <c>square</c>, <c>link</c>, <c>slide</c> …) or <c>WxH</c>; the template's own by default.</summary>
    public string? Size { get; init; }

    /// <summary>The mail-merge record the template sees as <c>record</c>, if any.</summary>
    public IReadOnlyDictionary<string, string?>? Record { get; init; }

    /// <summary>The date written into the document; a fixed default, so the same input gives the same bytes.</summary>
    public DateTime? Timestamp { get; init; }
}
