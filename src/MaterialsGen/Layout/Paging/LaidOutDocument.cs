using System.Collections.Immutable;

namespace MaterialsGen.Layout.Paging;

/// <summary>The format-neutral layout result that every writer reads.</summary>
internal sealed record LaidOutDocument(DocumentInfo Info, ImmutableArray<PageFrame> Pages)
{
    /// <summary>
    /// The bound document the pages were laid out from: what an editable format (DOCX) is written
    /// from, since a word processor flows the text itself and needs the structure, not the frames.
    /// </summary>
    public LayoutDocument? Bound { get; init; }
}
