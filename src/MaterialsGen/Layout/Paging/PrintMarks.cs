using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Paging;

/// <summary>
/// Bleed and crop marks for pieces printed to the edge and cut (a poster, a card): the page grows by
/// the bleed on every side, fills that touch the edge of the piece run on into it (so a slightly
/// off cut shows no white hairline), and thin marks outside show the printer where to cut.
/// </summary>
internal static class PrintMarks
{
    public const float Mm = 72f / 25.4f;

    /// <summary>What print shops ask for when they say "bleed": 3 mm.</summary>
    public const float DefaultBleed = 3 * Mm;

    private const float MarkLength = 5 * Mm;
    private const float MarkWidth = 0.25f;

    public static LaidOutDocument Bleed(LaidOutDocument document, float bleed, bool cropMarks)
    {
        // Marks start clear of the bleed (at least 3 mm from the cut) so no mark shows on the piece.
        var markOffset = Math.Max(bleed, DefaultBleed);
        var outer = cropMarks ? markOffset + MarkLength : bleed;
        var pages = ImmutableArray.CreateBuilder<PageFrame>(document.Pages.Length);
        foreach (var page in document.Pages)
        {
            var trim = page.Size;
            var size = new Size(trim.Width + (2 * outer), trim.Height + (2 * outer));
            var builder = new FrameBuilder();
            builder.Place(Extend(page.Frame, default, trim, bleed), outer, outer);
            if (cropMarks)
            {
                builder.Place(CornerMarks(new Rect(outer, outer, trim.Width, trim.Height), markOffset), 0, 0, StructureTag.Decoration);
            }

            pages.Add(new PageFrame(size, builder.Build(size))
            {
                Trim = new Rect(outer, outer, trim.Width, trim.Height),
                Bleed = new Rect(outer - bleed, outer - bleed, trim.Width + (2 * bleed), trim.Height + (2 * bleed)),
            });
        }

        return document with { Pages = pages.ToImmutable() };
    }

    /// <summary>A hairline in black ink only, as marks are drawn: on every plate, never a colour of their own.</summary>
    public static LineItem Mark(Point from, Point to) => new(from, to, Color.Black, MarkWidth);

    /// <summary>Two short lines at each corner of <paramref name="trim"/>, in line with its edges, starting <paramref name="offset"/> away.</summary>
    private static Frame CornerMarks(Rect trim, float offset)
    {
        var items = ImmutableArray.CreateBuilder<FrameItem>(8);
        foreach (var x in new[] { trim.X, trim.Right })
        {
            foreach (var y in new[] { trim.Y, trim.Bottom })
            {
                var dx = x == trim.X ? -1 : 1;
                var dy = y == trim.Y ? -1 : 1;
                items.Add(Mark(new Point(x + (dx * offset), y), new Point(x + (dx * (offset + MarkLength)), y)));
                items.Add(Mark(new Point(x, y + (dy * offset)), new Point(x, y + (dy * (offset + MarkLength)))));
            }
        }

        return new Frame(new Size(trim.Right + offset + MarkLength, trim.Bottom + offset + MarkLength), items.MoveToImmutable());
    }

    /// <summary>The frame with every filled rectangle that reaches an edge of the piece run on by <paramref name="bleed"/> past it.</summary>
    private static Frame Extend(Frame frame, Point origin, Size trim, float bleed)
    {
        if (bleed <= 0)
        {
            return frame;
        }

        var items = ImmutableArray.CreateBuilder<FrameItem>(frame.Items.Length);
        foreach (var item in frame.Items)
        {
            items.Add(item switch
            {
                FrameRef child => child with { Frame = Extend(child.Frame, origin.Offset(child.Offset.X, child.Offset.Y), trim, bleed) },
                RectItem { Fill: not null } rect => rect with { Rect = Grow(rect.Rect, origin, trim, bleed) },
                _ => item,
            });
        }

        return new Frame(frame.Size, items.MoveToImmutable());
    }

    private static Rect Grow(Rect rect, Point origin, Size trim, float bleed)
    {
        const float Touch = 0.01f;
        var (left, top) = (origin.X + rect.X, origin.Y + rect.Y);
        var (x, y, width, height) = (rect.X, rect.Y, rect.Width, rect.Height);
        if (left <= Touch)
        {
            (x, width) = (x - bleed, width + bleed);
        }

        if (top <= Touch)
        {
            (y, height) = (y - bleed, height + bleed);
        }

        if (left + rect.Width >= trim.Width - Touch)
        {
            width += bleed;
        }

        if (top + rect.Height >= trim.Height - Touch)
        {
            height += bleed;
        }

        return new Rect(x, y, width, height);
    }
}
