using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

public class LayersTests
{
    [Fact]
    public void Later_layers_are_drawn_over_the_primary_in_the_same_box()
    {
        var markup = "<document><page paper=\"300x400\" margin=\"0\"><layers>"
            + "<box height=\"200\" background=\"#eeeeee\"><p>Nội dung chính</p></box>"
            + "<box valign=\"middle\"><p align=\"center\" size=\"30\" color=\"#B3261E40\">MẪU</p></box>"
            + "<box width=\"60\" place=\"right\" background=\"#1E7B4F\"><p color=\"#ffffff\">Mới</p></box>"
            + "</layers><p>Sau</p></page></document>";
        var (document, diagnostics) = MarkupRunner.Lay(markup);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var items = document.Pages[0].Frame.Flatten().ToList();
        var runs = items.Where(x => x.Item is GlyphRunItem).Select(x => (X: x.Offset.X + ((GlyphRunItem)x.Item).Origin.X, Y: x.Offset.Y + ((GlyphRunItem)x.Item).Origin.Y, Run: (GlyphRunItem)x.Item)).ToList();
        var watermark = runs.Single(r => r.Run.Text == "MẪU");
        Assert.InRange(watermark.Y, 90, 130);
        Assert.Equal(150, watermark.X + (watermark.Run.Width / 2), 1);
        var badge = items.Where(x => x.Item is RectItem r && r.Fill?.Color.G == 0x7B).Select(x => x.Offset.X + ((RectItem)x.Item).Rect.X).Single();
        Assert.Equal(240, badge, 1);
        var after = runs.Single(r => r.Run.Text == "Sau");
        Assert.True(after.Y > 200);
        var order = items.Select(x => x.Item).ToList();
        Assert.True(order.IndexOf(watermark.Run) > order.FindIndex(i => i is GlyphRunItem g && g.Text == "Nội dung chính"));
    }
}
