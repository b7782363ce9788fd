using MaterialsGen.Project;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

/// <summary>Where images land: box sizes from width/height/natural size, contain and cover, place.</summary>
public sealed class ImageLayoutTests : IDisposable
{
    private readonly ImageProject _project = new();

    public void Dispose() => _project.Dispose();

    private (Rect Box, ImageItem Item) Image(string attributes, string paper = "300x300")
    {
        var (document, diagnostics) = MarkupRunner.Lay($"<document><page paper=\"{paper}\" margin=\"0\"><image src=\"images/wide.png\" {attributes}/></page></document>", _project.Reader);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var (offset, item) = Assert.Single(document.Pages[0].Frame.Flatten(), x => x.Item is ImageItem);
        var image = (ImageItem)item;
        return (image.Rect.Offset(offset.X, offset.Y), image);
    }

    [Fact]
    public void Width_alone_keeps_the_aspect_ratio()
    {
        var (box, _) = Image("width=\"100\"");
        Assert.Equal(new Rect(0, 0, 100, 50), box);
    }

    [Fact]
    public void Height_alone_keeps_the_aspect_ratio()
    {
        var (box, _) = Image("height=\"25\"");
        Assert.Equal(new Rect(0, 0, 50, 25), box);
    }

    [Fact]
    public void No_size_is_the_natural_size_one_pixel_one_point()
    {
        var (box, _) = Image(string.Empty);
        Assert.Equal(new Rect(0, 0, 200, 100), box);
    }

    [Fact]
    public void Natural_size_is_capped_at_the_available_width_keeping_the_ratio()
    {
        var (box, _) = Image(string.Empty, paper: "150x300");
        Assert.Equal(new Rect(0, 0, 150, 75), box);
    }

    [Fact]
    public void Svg_natural_size_is_its_viewport()
    {
        var image = _project.Reader.LoadImage("images/thumb-up.svg", default, new Diagnostics.DiagnosticBag());
        Assert.NotNull(image);
        Assert.True(image.IsVector);
        Assert.Equal(new Size(24, 24), image.NaturalSize);
    }

    [Fact]
    public void Contain_letterboxes_inside_the_box()
    {
        var (_, item) = Image("width=\"100\" height=\"100\" fit=\"contain\"");
        Assert.Equal(new Rect(0, 0, 100, 100), item.Rect);
        Assert.Equal(new Rect(0, 25, 100, 50), item.DrawRect);
    }

    [Fact]
    public void Cover_fills_the_box_and_overhangs_it()
    {
        var (_, item) = Image("width=\"100\" height=\"100\" fit=\"cover\"");
        Assert.Equal(new Rect(0, 0, 100, 100), item.Rect);
        Assert.Equal(new Rect(-50, 0, 200, 100), item.DrawRect);
    }

    [Theory]
    [InlineData("left", 0)]
    [InlineData("center", 100)]
    [InlineData("right", 200)]
    public void Place_offsets_the_image_in_its_container(string place, float x)
    {
        var (box, _) = Image($"width=\"100\" place=\"{place}\"");
        Assert.Equal(x, box.X, 2);
    }

    [Fact]
    public void An_image_taller_than_the_room_moves_to_the_next_page_whole()
    {
        var (document, diagnostics) = MarkupRunner.Lay(
            "<document><page paper=\"200x200\" margin=\"0\"><spacer height=\"120\"/><image src=\"images/wide.png\" width=\"200\"/></page></document>",
            _project.Reader);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.Equal(2, document.Pages.Length);
        Assert.DoesNotContain(document.Pages[0].Frame.Flatten(), x => x.Item is ImageItem);
        var (offset, item) = Assert.Single(document.Pages[1].Frame.Flatten(), x => x.Item is ImageItem);
        Assert.Equal(0, offset.Y + ((ImageItem)item).Rect.Y, 2);
    }

    [Fact]
    public void An_image_that_cannot_fit_a_canvas_is_a_located_error()
    {
        var (document, diagnostics) = MarkupRunner.Lay(
            "<document><canvas width=\"200\" height=\"50\">\n<image src=\"images/wide.png\" width=\"200\"/></canvas></document>",
            _project.Reader);
        Assert.Null(document);
        Assert.Contains(diagnostics, d => d.IsError && d.Span.Line == 2);
    }
}
