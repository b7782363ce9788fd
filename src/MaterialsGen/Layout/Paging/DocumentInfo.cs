namespace MaterialsGen.Layout.Paging;

/// <summary>Document metadata that writers embed (PDF info dictionary).</summary>
internal sealed record DocumentInfo(string Title, string Author, string Subject, string Keywords, string Language = "vi");
