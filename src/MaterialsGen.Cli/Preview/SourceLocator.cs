using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Cli.Preview;

/// <summary>Where a clicked word came from: the content position of its first character, and the template position that printed it.</summary>
internal sealed record SourceHit(WordBox Word, SourceSpan Content, SourceSpan Template);

/// <summary>
/// Maps a word on a page back to its source through the origins laid-out glyphs keep (each glyph's markup
/// offset, which the document's origin map turns into the template position that wrote it and, for a
/// content value printed unchanged, the content position): the same map diagnostics are located with.
/// </summary>
internal static class SourceLocator
{
    public static SourceHit Locate(LaidOutDocument document, PageFrame page, WordBox word)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(page);
        var (_, item, shift) = page.Frame.FlattenWithShifts().ElementAt(word.Item);
        var origin = document.Locate(item, word.Glyph, shift);
        return new SourceHit(word, origin.Value, origin.Written);
    }
}
