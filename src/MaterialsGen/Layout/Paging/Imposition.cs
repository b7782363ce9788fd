using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Paging;

/// <summary>
/// Arranges finished pages on printer sheets. A saddle-stitch booklet puts two pages side by side on
/// each sheet face, in the order that makes a stack of duplex-printed sheets, folded once, read in
/// order: for 8 pages, sheet 1 is [8 | 1] then [2 | 7], sheet 2 is [6 | 3] then [4 | 5].
/// </summary>
internal static class Imposition
{
    /// <summary>The sheet sides of a booklet of <paramref name="pageCount"/> pages (padded to a multiple of 4); 0 is a blank.</summary>
    public static IReadOnlyList<(int Left, int Right)> BookletOrder(int pageCount)
    {
        var padded = (pageCount + 3) / 4 * 4;
        var sides = new List<(int, int)>();
        for (var sheet = 0; sheet < padded / 4; sheet++)
        {
            var outer = padded - (2 * sheet);
            var inner = (2 * sheet) + 1;
            sides.Add((Blank(outer, pageCount), Blank(inner, pageCount)));
            sides.Add((Blank(inner + 1, pageCount), Blank(outer - 1, pageCount)));
        }

        return sides;
    }

    /// <summary>Two pages per sheet side, on a sheet twice as wide (A5 pages on A4 landscape).</summary>
    public static LaidOutDocument Booklet(LaidOutDocument document)
    {
        if (document.Pages.IsEmpty)
        {
            return document;
        }

        var page = document.Pages[0].Size;
        var sheet = new Size(page.Width * 2, page.Height);
        var sides = ImmutableArray.CreateBuilder<PageFrame>();
        foreach (var (left, right) in BookletOrder(document.Pages.Length))
        {
            var builder = new FrameBuilder();
            if (left > 0)
            {
                builder.Place(document.Pages[left - 1].Frame, 0, 0);
            }

            if (right > 0)
            {
                builder.Place(document.Pages[right - 1].Frame, page.Width, 0);
            }

            sides.Add(new PageFrame(sheet, builder.Build(sheet)));
        }

        return document with { Pages = sides.ToImmutable() };
    }

    private static int Blank(int number, int pageCount) => number <= pageCount ? number : 0;
}
