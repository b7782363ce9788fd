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
}
