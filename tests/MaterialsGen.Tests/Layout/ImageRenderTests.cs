using MaterialsGen.Project;
using System.Text;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Rendering;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Layout;

/// <summary>Images drawn: SVG as vectors (ink in the PNG, no image in the PDF), rasters as images.</summary>
public sealed class ImageRenderTests : IDisposable
{
    private static readonly DateTime Timestamp = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly ImageProject _project = new();

    public void Dispose() => _project.Dispose();

    private LaidOutDocument Lay(string body)
    {
        var (document, diagnostics) = MarkupRunner.Lay($"<document><canvas width=\"240\" height=\"240\">{body}</canvas></document>", _project.Reader);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        return document;
    }

    private static SKBitmap Png(LaidOutDocument document)
    {
        using var image = RasterWriter.Render(document.Pages[0], 240, 240);
        return SKBitmap.FromImage(image);
    }

    private static byte[] Pdf(LaidOutDocument document)
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, Timestamp);
        return stream.ToArray();
    }

    private static bool IsDark(SKColor c) => c.Red < 80 && c.Green < 80 && c.Blue < 80;

    [Fact]
    public void Svg_icon_has_ink_where_its_strokes_are_in_the_png()
    {
        using var png = Png(Lay("<image src=\"images/thumb-up.svg\" width=\"240\"/>"));
        // thumb-up.svg strokes "M7 11v8" 2 units wide in a 24-unit viewBox: at 10× a 20 px bar at x = 70.
        Assert.True(IsDark(png.GetPixel(70, 150)), $"pixel (70,150) is {png.GetPixel(70, 150)}");
        Assert.False(IsDark(png.GetPixel(5, 5)), "the corner outside the icon should stay white");
        var dark = 0;
        for (var y = 0; y < 240; y += 2)
        {
            for (var x = 0; x < 240; x += 2)
            {
                dark += IsDark(png.GetPixel(x, y)) ? 1 : 0;
            }
        }

        Assert.InRange(dark, 200, 240 * 240 / 4 / 2);
    }

    [Fact]
    public void Svg_stays_vector_in_the_pdf()
    {
        var bytes = Pdf(Lay("<image src=\"images/thumb-up.svg\" width=\"240\"/>"));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Empty(pdf.GetPage(1).GetImages());
        Assert.DoesNotContain("/Subtype /Image", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Raster_image_is_an_image_in_the_pdf()
    {
        // The control for the vector test: the same check does see a raster image.
        var bytes = Pdf(Lay("<image src=\"images/wide.png\" width=\"200\"/>"));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Single(pdf.GetPage(1).GetImages());
    }

    [Fact]
    public void A_jpeg_is_carried_into_the_pdf_unchanged()
    {
        var bytes = Pdf(Lay("<image src=\"images/photo.jpg\" width=\"200\"/>"));
        using var pdf = PdfDocument.Open(bytes);
        var image = Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Equal(File.ReadAllBytes(Path.Combine(_project.Root, "images", "photo.jpg")), image.RawBytes.ToArray());
        Assert.Contains("/Filter /DCTDecode", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal((200, 100), (image.WidthInSamples, image.HeightInSamples));
    }

    [Fact]
    public void A_jpeg_goes_into_the_pdf_without_its_exif_gps_and_comments()
    {
        // The photo with an EXIF segment (a GPS position among it) and a comment, as cameras and editors write them.
        var photo = File.ReadAllBytes(Path.Combine(_project.Root, "images", "photo.jpg"));
        byte[] exif = [.. "Exif\0\0MM\0*"u8, .. "GPSLatitude 10.9804 N GPSLongitude 106.6519 E"u8];
        byte[] comment = [.. "máy ảnh của Nguyễn Văn A"u8];
        byte[] tagged = [.. photo[..2], .. Segment(0xE1, exif), .. Segment(0xFE, comment), .. photo[2..]];
        File.WriteAllBytes(Path.Combine(_project.Root, "images", "gps.jpg"), tagged);

        var bytes = Pdf(Lay("<image src=\"images/gps.jpg\" width=\"200\"/>"));
        var text = Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("GPSLatitude", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Encoding.Latin1.GetString(comment), text, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(photo, Assert.Single(pdf.GetPage(1).GetImages()).RawBytes.ToArray());
    }

    private static byte[] Segment(byte marker, byte[] payload) => [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    [Fact]
    public void A_picture_after_translucent_text_is_drawn_opaque()
    {
        var bytes = Pdf(Lay("<p color=\"#00000080\">mờ</p><image src=\"images/photo.jpg\" width=\"200\"/>"));
        var content = PdfStreams.Inflated(bytes);
        Assert.Contains("/G128 gs", content, StringComparison.Ordinal);
        Assert.Matches(@"q /G255 gs [^Q]*/Im1 Do Q", content);
    }

    [Fact]
    public void Raster_contain_draws_the_picture_letterboxed()
    {
        // wide.png is 200×100, left half black: contained in 240×240 it takes y 60–180, black on the left.
        using var png = Png(Lay("<image src=\"images/wide.png\" width=\"240\" height=\"240\" fit=\"contain\"/>"));
        Assert.True(IsDark(png.GetPixel(60, 120)));
        Assert.False(IsDark(png.GetPixel(180, 120)));
        Assert.False(IsDark(png.GetPixel(60, 30)), "the band above a contained image is empty");
    }

    [Fact]
    public void Raster_cover_fills_and_clips_to_the_box()
    {
        // Covered in 120×120 the picture is 240×120 shifted 60 left: the box shows the middle, black then white.
        using var png = Png(Lay("<image src=\"images/wide.png\" width=\"120\" height=\"120\" fit=\"cover\"/><spacer height=\"10\"/>"));
        Assert.True(IsDark(png.GetPixel(30, 10)));
        Assert.True(IsDark(png.GetPixel(30, 110)));
        Assert.False(IsDark(png.GetPixel(90, 60)));
        Assert.False(IsDark(png.GetPixel(150, 60)), "nothing is drawn right of the covered box");
        Assert.False(IsDark(png.GetPixel(30, 125)), "nothing is drawn below the covered box");
    }
}
