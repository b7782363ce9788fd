using MaterialsGen.Project;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

/// <summary>Image paths stay in the project, and every failure is a diagnostic at the src attribute.</summary>
public sealed class ImageDiagnosticsTests : IDisposable
{
    private readonly ImageProject _project = new();

    public void Dispose() => _project.Dispose();

    private IReadOnlyList<Diagnostic> ImageErrors(string src, bool withProject = true)
    {
        var markup = $"<document>\n<canvas width=\"100\" height=\"100\">\n<image width=\"50\"\n  src=\"{src}\"/>\n</canvas></document>";
        var (document, diagnostics) = MarkupRunner.Lay(markup, withProject ? _project.Reader : null);
        Assert.Null(document);
        return [.. diagnostics.Where(d => d.IsError)];
    }

    [Theory]
    [InlineData("../x.png")]
    [InlineData("images/../../x.png")]
    [InlineData("/etc/hostname")]
    [InlineData("..\\x.png")]
    public void A_path_leaving_the_project_is_MG0701_at_the_attribute(string src)
    {
        var error = Assert.Single(ImageErrors(src));
        Assert.Equal("MG0701", error.Code);
        Assert.Equal(4, error.Span.Line);
    }

    [Fact]
    public void A_link_leading_outside_the_project_is_MG0701()
    {
        var outside = Path.GetTempFileName();
        try
        {
            File.WriteAllText(outside, "secret");
            File.CreateSymbolicLink(Path.Combine(_project.Root, "images", "link.png"), outside);
            Directory.CreateSymbolicLink(Path.Combine(_project.Root, "tmp-dir"), Path.GetDirectoryName(outside)!);
            Assert.Equal("MG0701", Assert.Single(ImageErrors("images/link.png")).Code);
            Assert.Equal("MG0701", Assert.Single(ImageErrors("tmp-dir/" + Path.GetFileName(outside))).Code);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_link_inside_the_project_is_fine()
    {
        File.CreateSymbolicLink(Path.Combine(_project.Root, "images", "alias.svg"), Path.Combine(_project.Root, "images", "ban.svg"));
        var (document, diagnostics) = MarkupRunner.Lay("<document><canvas width=\"100\" height=\"100\"><image src=\"images/alias.svg\"/></canvas></document>", _project.Reader);
        Assert.True(document is not null, string.Join("\n", diagnostics));
    }

    [Fact]
    public void A_missing_file_is_MG0702_at_the_attribute()
    {
        var error = Assert.Single(ImageErrors("images/nope.png"));
        Assert.Equal("MG0702", error.Code);
        Assert.Equal(4, error.Span.Line);
    }

    [Theory]
    [InlineData("images/broken.png")]
    [InlineData("images/broken.svg")]
    public void An_undecodable_file_is_MG0703(string src)
    {
        var error = Assert.Single(ImageErrors(src));
        Assert.Equal("MG0703", error.Code);
        Assert.Equal(4, error.Span.Line);
    }

    [Fact]
    public void A_picture_claiming_too_many_pixels_is_MG0703_before_decoding()
    {
        File.WriteAllBytes(Path.Combine(_project.Root, "images", "bomb.png"), PngHeader(20_000, 20_000));
        var error = Assert.Single(ImageErrors("images/bomb.png"));
        Assert.Equal("MG0703", error.Code);
        Assert.Contains("20000×20000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<image href=\"file:///etc/hostname\" width=\"10\" height=\"10\"/>")]
    [InlineData("<image xlink:href=\"https://example.com/x.png\" width=\"10\" height=\"10\"/>")]
    [InlineData("<use href=\"other.svg#icon\"/>")]
    public void An_svg_referring_outside_itself_is_MG0703(string inner)
    {
        File.WriteAllText(
            Path.Combine(_project.Root, "images", "linked.svg"),
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">{inner}</svg>");
        var error = Assert.Single(ImageErrors("images/linked.svg"));
        Assert.Equal("MG0703", error.Code);
        Assert.Contains("outside itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_using_its_own_elements_is_fine()
    {
        File.WriteAllText(
            Path.Combine(_project.Root, "images", "own.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><defs><rect id=\"r\" width=\"5\" height=\"5\"/></defs><use href=\"#r\"/></svg>");
        var (document, diagnostics) = MarkupRunner.Lay("<document><canvas width=\"100\" height=\"100\"><image src=\"images/own.svg\"/></canvas></document>", _project.Reader);
        Assert.True(document is not null, string.Join("\n", diagnostics));
    }

    [Fact]
    public void An_svg_whose_uses_fan_out_past_the_budget_is_MG0703()
    {
        // 1.8 KB: ten uses per level, nine levels, a billion rectangles once expanded.
        var svg = new System.Text.StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (var level = 1; level <= 9; level++)
        {
            svg.Append($"<g id=\"l{level}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#l{level - 1}\"/>", 10))).Append("</g>");
        }

        File.WriteAllText(Path.Combine(_project.Root, "images", "fan.svg"), svg.Append("</defs><use href=\"#l9\"/></svg>").ToString());
        var error = Assert.Single(ImageErrors("images/fan.svg"));
        Assert.Equal("test.xml:4:3: error MG0703: image 'images/fan.svg' draws more than 50,000 elements once its <use> references are expanded", error.ToString());
    }

    [Theory]
    [InlineData("<g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><use href=\"#a\"/></g>", "has <use> references that lead back to themselves")]
    [InlineData("<g id=\"a\"><rect width=\"1\" height=\"1\"/><use href=\"#a\"/></g>", "has <use> references that lead back to themselves")]
    public void An_svg_whose_uses_loop_is_MG0703(string inner, string problem)
    {
        File.WriteAllText(Path.Combine(_project.Root, "images", "loop.svg"), $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">{inner}</svg>");
        var error = Assert.Single(ImageErrors("images/loop.svg"));
        Assert.Equal("MG0703", error.Code);
        Assert.EndsWith(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_nested_30000_deep_is_MG0703()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">" + string.Concat(Enumerable.Repeat("<g>", 30_000)) + string.Concat(Enumerable.Repeat("</g>", 30_000)) + "</svg>";
        File.WriteAllText(Path.Combine(_project.Root, "images", "deep.svg"), svg);
        Assert.EndsWith("nests elements deeper than 100 levels", Assert.Single(ImageErrors("images/deep.svg")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_cut_in_half_is_MG0703_not_a_half_grey_picture()
    {
        using (var noise = new SkiaSharp.SKBitmap(300, 300))
        {
            var random = new Random(17);
            for (var y = 0; y < 300; y++)
            {
                for (var x = 0; x < 300; x++)
                {
                    noise.SetPixel(x, y, new SkiaSharp.SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
                }
            }

            using var data = noise.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
            var bytes = data.ToArray();
            File.WriteAllBytes(Path.Combine(_project.Root, "images", "half.png"), bytes[..(bytes.Length / 2)]);
        }

        var error = Assert.Single(ImageErrors("images/half.png"));
        Assert.Equal("test.xml:4:3: error MG0703: image 'images/half.png' is damaged or cut short: the picture ends before its last row; save or export it again", error.ToString());
    }

    [Fact]
    public void Without_a_project_images_are_MG0704()
    {
        Assert.Equal("MG0704", Assert.Single(ImageErrors("images/wide.png", withProject: false)).Code);
    }

    [Fact]
    public void Image_without_src_and_qr_without_data_are_reported()
    {
        var (_, diagnostics) = MarkupRunner.Lay("<document><canvas width=\"100\" height=\"100\"><image width=\"5\"/><qr size=\"50\"/></canvas></document>", _project.Reader);
        Assert.Equal(2, diagnostics.Count(d => d.Code == "MG0207"));
    }

    [Fact]
    public void Data_too_long_for_a_qr_code_is_MG0705()
    {
        var data = new string('x', 5000);
        var (_, diagnostics) = MarkupRunner.Lay($"<document><canvas width=\"100\" height=\"100\"><qr data=\"{data}\"/></canvas></document>");
        Assert.Equal("MG0705", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Bad_fit_value_is_MG0204()
    {
        var (_, diagnostics) = MarkupRunner.Lay("<document><canvas width=\"100\" height=\"100\"><image src=\"images/ban.svg\" alt=\"\" fit=\"stretch\"/></canvas></document>", _project.Reader);
        Assert.Equal("MG0204", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_decoded_image_is_cached_per_process()
    {
        var first = _project.Reader.LoadImage("images/wide.png", SourceSpan.None, new DiagnosticBag());
        var second = _project.Reader.LoadImage("./images/wide.png", SourceSpan.None, new DiagnosticBag());
        Assert.NotNull(first);
        Assert.Same(first, second);
    }

    /// <summary>A PNG that claims a size but holds almost no data: enough for a codec to read the size.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        byte[] header = [(byte)'I', (byte)'H', (byte)'D', (byte)'R', .. BigEndian(width), .. BigEndian(height), 8, 6, 0, 0, 0];
        byte[] data = [(byte)'I', (byte)'D', (byte)'A', (byte)'T', 0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];
        byte[] end = [(byte)'I', (byte)'E', (byte)'N', (byte)'D'];
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk(header), .. Chunk(data), .. Chunk(end)];
    }

    private static byte[] Chunk(byte[] typeAndData) => [.. BigEndian(typeAndData.Length - 4), .. typeAndData, .. BigEndian((int)Crc32(typeAndData))];

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
