namespace MaterialsGen.Layout.Paging;

/// <summary>Document metadata that writers embed (PDF info dictionary, PNG text chunks).</summary>
internal sealed record DocumentInfo(string Title, string Author, string Subject, string Keywords, string Language = "vi")
{
    /// <summary>Where the content comes from (publisher and article), credited in image metadata.</summary>
    public string Source { get; init; } = string.Empty;
}
