using System.Collections.Immutable;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;

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

    /// <summary>
    /// The bound document the pages were laid out from: what an editable format (DOCX) is written
    /// from, since a word processor flows the text itself and needs the structure, not the frames.
    /// </summary>
    public LayoutDocument? Bound { get; init; }

    /// <summary>Locates the origins frame items keep (markup offsets); null for documents built in code.</summary>
    public IOriginMap? Origins { get; init; }

    /// <summary>
    /// Where a laid-out item came from (a preview maps a click through this): for a glyph, the content
    /// character it draws and the template position that printed it; for other items, their element.
    /// </summary>
    /// <param name="shift">What the frames around the item add to its offsets (<see cref="Frame.FlattenWithShifts"/>).</param>
    public SourceOrigin Locate(FrameItem item, int glyph = 0, int shift = 0)
    {
        var offset = item is GlyphRunItem { SourceOffsets: { Length: > 0 } origins } ? origins[Math.Clamp(glyph, 0, origins.Length - 1)] : item.SourceOffset;
        return offset < 0 || Origins is null ? SourceOrigin.None : Origins.Locate(offset + shift);
    }
}
