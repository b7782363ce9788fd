using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Tests.Layout;

public class ImpositionTests
{
    [Fact]
    public void Eight_pages_fold_into_two_sheets_in_reading_order()
    {
        Assert.Equal([(8, 1), (2, 7), (6, 3), (4, 5)], Imposition.BookletOrder(8));
    }

    [Fact]
    public void Odd_page_counts_are_padded_with_blanks_at_the_back()
    {
        Assert.Equal([(0, 1), (2, 0), (0, 3), (4, 5)], Imposition.BookletOrder(5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(12)]
    public void Every_page_appears_exactly_once(int pages)
    {
        var placed = Imposition.BookletOrder(pages).SelectMany(s => new[] { s.Left, s.Right }).Where(p => p > 0).Order().ToList();
        Assert.Equal(Enumerable.Range(1, pages), placed);
    }

    private const float Mm = 72f / 25.4f;

    [Fact]
    public void A5_pages_go_on_exactly_a4_sheets_meeting_at_the_fold()
    {
        var booklet = Imposition.Booklet(Pages(4, new Size(148 * Mm, 210 * Mm)));
        Assert.Equal(DuplexMode.FlipShortEdge, booklet.Duplex);
        Assert.All(booklet.Pages, sheet => Assert.Equal((297 * Mm, 210 * Mm), (sheet.Size.Width, sheet.Size.Height)));
        var placed = booklet.Pages[0].Frame.Items.OfType<FrameRef>().Select(r => r.Offset.X).ToList();
        Assert.Equal(new[] { (148.5f - 148) * Mm, 148.5f * Mm }, placed, new Tolerance());
    }

    [Fact]
    public void Pages_of_other_sizes_go_on_sheets_twice_as_wide()
    {
        Assert.Equal(2 * 300f, Imposition.Booklet(Pages(4, new Size(300, 300))).Pages[0].Size.Width);
    }

    [Fact]
    public void Four_cards_go_on_an_a4_sheet_centred_the_copies_as_artifacts()
    {
        var sheets = Imposition.FourUp(Pages(2, new Size(105 * Mm, 148 * Mm)), new Size(210 * Mm, 297 * Mm));
        Assert.Equal(DuplexMode.FlipLongEdge, sheets.Duplex);
        Assert.Equal(2, sheets.Pages.Length);
        var cards = sheets.Pages[0].Frame.Items.OfType<FrameRef>().Take(4).ToList();
        Assert.Equal(new[] { (0f, 0.5f * Mm), (105 * Mm, 0.5f * Mm), (0f, 148.5f * Mm), (105 * Mm, 148.5f * Mm) }, cards.Select(c => (c.Offset.X, c.Offset.Y)), new PointTolerance());
        Assert.Equal(new StructureRole?[] { null, StructureRole.Artifact, StructureRole.Artifact, StructureRole.Artifact }, cards.Select(c => c.Tag?.Role));
    }

    [Fact]
    public void Bleed_grows_the_page_runs_edge_fills_on_and_marks_the_cut()
    {
        var page = new Frame(new Size(100, 100), [
            new RectItem(new Rect(0, 0, 100, 100), Paint.Solid(Color.White), Border.None, 0),
            new RectItem(new Rect(10, 10, 20, 20), Paint.Solid(Color.Black), Border.None, 0),
        ]);
        var bled = PrintMarks.Bleed(new LaidOutDocument(Info, [new PageFrame(new Size(100, 100), page)]), 3 * Mm, cropMarks: true);
        var sheet = bled.Pages[0];
        var outer = 8 * Mm;
        Assert.Equal(100 + (2 * outer), sheet.Size.Width, 3);
        Assert.Equal(new Rect(outer, outer, 100, 100), sheet.Trim);
        Assert.Equal(new Rect(5 * Mm, 5 * Mm, 100 + (6 * Mm), 100 + (6 * Mm)), sheet.Bleed);
        var rects = sheet.Frame.Flatten().Where(x => x.Item is RectItem).Select(x => ((RectItem)x.Item).Rect.Offset(x.Offset.X, x.Offset.Y)).ToList();
        Assert.Equal(sheet.Bleed!.Value.Width, rects[0].Width, 3);
        Assert.Equal(5 * Mm, rects[0].X, 3);
        Assert.Equal(new Rect(outer + 10, outer + 10, 20, 20), rects[1]);
        Assert.Equal(8, sheet.Frame.Flatten().Count(x => x.Item is LineItem));
    }

    private static readonly DocumentInfo Info = new("t", "a", "s", "k");

    private static LaidOutDocument Pages(int count, Size size) =>
        new(Info, [.. Enumerable.Range(0, count).Select(_ => new PageFrame(size, new Frame(size, [new RectItem(new Rect(0, 0, 1, 1), Paint.Solid(Color.Black), Border.None, 0)])))]);

    private sealed class Tolerance : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => MathF.Abs(x - y) < 0.01f;

        public int GetHashCode(float obj) => 0;
    }

    private sealed class PointTolerance : IEqualityComparer<(float, float)>
    {
        public bool Equals((float, float) x, (float, float) y) => MathF.Abs(x.Item1 - y.Item1) < 0.01f && MathF.Abs(x.Item2 - y.Item2) < 0.01f;

        public int GetHashCode((float, float) obj) => 0;
    }
}
