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

    /// <summary>
    /// Two pages per sheet side, on the sheet of the next ISO size up (A5 pages on A4 landscape), the
    /// pages meeting at the fold in the middle; printed duplex, flipped on the short edge.
    /// </summary>
    public static LaidOutDocument Booklet(LaidOutDocument document)
    {
        if (document.Pages.IsEmpty)
        {
            return document;
        }

        var page = document.Pages[0].Size;
        var sheet = new Size(SheetWidth(page), page.Height);
        var fold = sheet.Width / 2;
        var sides = ImmutableArray.CreateBuilder<PageFrame>();
        foreach (var (left, right) in BookletOrder(document.Pages.Length))
        {
            var builder = new FrameBuilder();
            if (left > 0)
            {
                builder.Place(document.Pages[left - 1].Frame, fold - page.Width, 0);
            }

            if (right > 0)
            {
                builder.Place(document.Pages[right - 1].Frame, fold, 0);
            }

            sides.Add(new PageFrame(sheet, builder.Build(sheet)));
        }

        return document with { Pages = sides.ToImmutable(), Duplex = DuplexMode.FlipShortEdge };
    }

    /// <summary>
    /// Four copies of each page on a sheet, two by two, centred (A6 cards on A4), with marks where the
    /// sheet is cut; sheets alternate fronts and backs, printed duplex flipped on the long edge.
    /// </summary>
    public static LaidOutDocument FourUp(LaidOutDocument document, Size sheet)
    {
        if (document.Pages.IsEmpty)
        {
            return document;
        }

        var card = document.Pages[0].Size;
        var left = (sheet.Width - (2 * card.Width)) / 2;
        var top = (sheet.Height - (2 * card.Height)) / 2;
        var sides = ImmutableArray.CreateBuilder<PageFrame>(document.Pages.Length);
        foreach (var page in document.Pages)
        {
            var builder = new FrameBuilder();
            for (var copy = 0; copy < 4; copy++)
            {
                // Only the first copy is read: the others are the same card again.
                builder.Place(page.Frame, left + (copy % 2 * card.Width), top + (copy / 2 * card.Height), copy == 0 ? null : StructureTag.Decoration);
            }

            builder.Place(CutMarks(sheet, new Rect(left, top, 2 * card.Width, 2 * card.Height)), 0, 0, StructureTag.Decoration);
            sides.Add(new PageFrame(sheet, builder.Build(sheet)));
        }

        return document with { Pages = sides.ToImmutable(), Duplex = DuplexMode.FlipLongEdge };
    }

    /// <summary>
    /// Ticks on the two middle cuts, from the sheet's edges inwards, and a cross where they meet: they
    /// lie on the cut lines, so the guillotine takes them away.
    /// </summary>
    private static Frame CutMarks(Size sheet, Rect cards)
    {
        const float Tick = 6 * PrintMarks.Mm;
        const float Cross = 2 * PrintMarks.Mm;
        var (x, y) = (cards.X + (cards.Width / 2), cards.Y + (cards.Height / 2));
        return new Frame(sheet, [
            PrintMarks.Mark(new Point(x, 0), new Point(x, Tick)),
            PrintMarks.Mark(new Point(x, sheet.Height - Tick), new Point(x, sheet.Height)),
            PrintMarks.Mark(new Point(0, y), new Point(Tick, y)),
            PrintMarks.Mark(new Point(sheet.Width - Tick, y), new Point(sheet.Width, y)),
            PrintMarks.Mark(new Point(x - Cross, y), new Point(x + Cross, y)),
            PrintMarks.Mark(new Point(x, y - Cross), new Point(x, y + Cross)),
        ]);
    }

    /// <summary>
    /// Two pages wide, rounded as ISO sizes are: two A5 pages (148 mm) make 296 mm, but A4 is 297 mm,
    /// its long side √2 times its short side in whole millimetres. Other sizes are just twice as wide.
    /// </summary>
    private static float SheetWidth(Size page)
    {
        var iso = MathF.Round(page.Height / PrintMarks.Mm * MathF.Sqrt(2)) * PrintMarks.Mm;
        return MathF.Abs(iso - (2 * page.Width)) < 2 * PrintMarks.Mm ? iso : 2 * page.Width;
    }

    private static int Blank(int number, int pageCount) => number <= pageCount ? number : 0;
}
