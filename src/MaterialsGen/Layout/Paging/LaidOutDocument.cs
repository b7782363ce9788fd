using System.Collections.Immutable;

namespace MaterialsGen.Layout.Paging;

/// <summary>How the sheets of a document are meant to be printed on both sides.</summary>
internal enum DuplexMode
{
    None,

    /// <summary>Turned over on the short edge: a booklet of landscape sheets, folded once.</summary>
    FlipShortEdge,

    /// <summary>Turned over on the long edge: cards imposed on portrait sheets.</summary>
    FlipLongEdge,
}

/// <summary>The format-neutral layout result that every writer reads.</summary>
internal sealed record LaidOutDocument(DocumentInfo Info, ImmutableArray<PageFrame> Pages)
{
    public DuplexMode Duplex { get; init; }
}
