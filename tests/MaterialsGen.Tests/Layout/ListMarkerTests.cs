using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

public class ListMarkerTests
{
    [Theory]
    [InlineData("number", 3, "3.")]
    [InlineData("alpha", 2, "b)")]
    [InlineData("roman", 4, "IV.")]
    [InlineData("words", 1, "Một là,")]
    [InlineData("words", 5, "Năm là,")]
    [InlineData("words", 15, "Mười lăm là,")]
    [InlineData("words", 20, "Hai mươi là,")]
    public void Marker_of_the_nth_item_is_spelt_right(string type, int n, string expected)
    {
        var items = string.Concat(Enumerable.Range(1, n).Select(i => $"<item>mục {i}</item>"));
        var (document, diagnostics) = MarkupRunner.Lay($"<document><page><list type=\"{type}\">{items}</list></page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var texts = document.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Select(r => r.Text).ToList();
        Assert.Contains(expected, texts);
    }

    [Fact]
    public void Item_text_hangs_at_the_same_indent_after_every_marker()
    {
        var (document, _) = MarkupRunner.Lay("<document><page margin=\"0\" paper=\"300x300\"><list type=\"words\"><item>một</item><item>hai</item><item>ba</item></list></page></document>");
        var starts = document!.Pages[0].Frame.Flatten().Where(x => x.Item is GlyphRunItem g && g.Text is "một" or "hai" or "ba")
            .Select(x => x.Offset.X + ((GlyphRunItem)x.Item).Origin.X).Distinct().ToList();
        Assert.Single(starts);
        Assert.True(starts[0] > 30);
    }
}
