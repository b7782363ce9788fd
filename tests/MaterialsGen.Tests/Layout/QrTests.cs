using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Rendering;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;
using QRCoder;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Layout;

/// <summary>QR codes: vector squares matching QRCoder's matrix, inside their box, with a quiet zone.</summary>
public class QrTests
{
    private const string Url = "https://btgtu.binhphuoc.gov.vn/tin-tuc/9-khong";

    private static (LaidOutDocument Document, List<RectItem> Rects) Lay(string attributes = "size=\"116\"")
    {
        var (document, diagnostics) = MarkupRunner.Lay($"<document><canvas width=\"200\" height=\"200\"><qr data=\"{Url}\" {attributes}/></canvas></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var rects = document.Pages[0].Frame.Flatten().Select(x => x.Item is RectItem r ? r with { Rect = r.Rect.Offset(x.Offset.X, x.Offset.Y) } : null).OfType<RectItem>().ToList();
        return (document, rects);
    }

    private static List<System.Collections.BitArray> Matrix()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Url, QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix];
    }

    [Fact]
    public void Dark_modules_match_qrcoders_matrix()
    {
        var matrix = Matrix();
        var (_, rects) = Lay();
        var module = 116f / matrix.Count;
        var background = rects[0];
        Assert.Equal(new Rect(0, 0, 116, 116), background.Rect);
        Assert.Equal(Color.White, background.Fill!.Color);
        var covered = new bool[matrix.Count, matrix.Count];
        foreach (var rect in rects.Skip(1))
        {
            Assert.Equal(Color.Black, rect.Fill!.Color);
            var row = (int)MathF.Round(rect.Rect.Y / module);
            var first = (int)MathF.Round(rect.Rect.X / module);
            var length = (int)MathF.Round(rect.Rect.Width / module);
            Assert.Equal(module, rect.Rect.Height, 3);
            for (var column = first; column < first + length; column++)
            {
                Assert.False(covered[row, column], $"module {row},{column} drawn twice");
                covered[row, column] = true;
            }
        }

        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix.Count; column++)
            {
                Assert.True(matrix[row][column] == covered[row, column], $"module {row},{column}");
            }
        }
    }

    [Fact]
    public void Every_square_is_inside_the_size_box_and_clear_of_the_quiet_zone()
    {
        var matrix = Matrix();
        var (_, rects) = Lay();
        var module = 116f / matrix.Count;
        var box = new Rect(0, 0, 116, 116);
        var symbol = new Rect(4 * module, 4 * module, 116 - (8 * module), 116 - (8 * module));
        Assert.All(rects, r => Assert.True(box.Contains(r.Rect), $"{r.Rect} leaves the box"));
        Assert.All(rects.Skip(1), r => Assert.True(symbol.Contains(r.Rect), $"{r.Rect} is in the quiet zone"));
        Assert.True(rects.Count > 50);
    }

    [Fact]
    public void Stacked_modules_leave_no_light_seams_at_fractional_pixel_edges()
    {
        // 116 pt drawn at 200 px puts module edges between pixels; the finder pattern's left column
        // (column 4, rows 4–10) is seven modules stacked and must read as one dark bar.
        var (document, _) = Lay();
        var module = 116f / Matrix().Count;
        using var image = RasterWriter.Render(document.Pages[0], 345, 345);
        using var png = SKBitmap.FromImage(image);
        var scale = 345f / 200;
        var x = (int)(4.5f * module * scale);
        for (var y = (int)MathF.Ceiling(4 * module * scale); y < (int)(11 * module * scale); y++)
        {
            Assert.True(png.GetPixel(x, y).Red < 16, $"pixel ({x},{y}) is {png.GetPixel(x, y)}");
        }
    }

    [Fact]
    public void Size_is_capped_at_the_available_width()
    {
        var (_, rects) = Lay("size=\"500\"");
        Assert.Equal(new Rect(0, 0, 200, 200), rects[0].Rect);
    }

    [Fact]
    public void Png_has_black_modules_on_white_and_pdf_has_no_image()
    {
        var (document, _) = Lay("size=\"200\" color=\"#000\" background=\"#fff\"");
        using var image = RasterWriter.Render(document.Pages[0], 200, 200);
        using var png = SKBitmap.FromImage(image);
        var colors = new HashSet<bool>();
        var module = 200f / Matrix().Count;
        for (var y = 0; y < 200; y += 3)
        {
            for (var x = 0; x < 200; x += 3)
            {
                colors.Add(png.GetPixel(x, y).Red < 128);
            }
        }

        Assert.Equal(2, colors.Count);
        // The finder pattern's corner module (row 4, column 4) is dark; the quiet zone is white.
        Assert.True(png.GetPixel((int)(4.5f * module), (int)(4.5f * module)).Red < 64);
        Assert.True(png.GetPixel((int)(2 * module), (int)(2 * module)).Red > 192);

        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        using var pdf = PdfDocument.Open(stream.ToArray());
        Assert.Empty(pdf.GetPage(1).GetImages());
    }
}
