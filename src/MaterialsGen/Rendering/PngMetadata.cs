namespace MaterialsGen.Rendering;

/// <summary>
/// What a PNG says about itself in text chunks: a shared image still names its title, the organisation
/// that made it and the article it comes from. <see cref="Time"/> is the build timestamp, never the clock.
/// </summary>
internal sealed record PngMetadata(string Title, string Author, string Description, string Source, string Language = "vi", DateTime? Time = null)
{
    public static PngMetadata From(Layout.Paging.DocumentInfo info, DateTime? time) =>
        new(info.Title, info.Author, info.Subject, info.Source, info.Language, time);
}
