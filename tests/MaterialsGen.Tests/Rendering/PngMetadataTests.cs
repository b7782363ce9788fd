using MaterialsGen.Rendering;
using MaterialsGen.Tests.Support;
using SkiaSharp;

namespace MaterialsGen.Tests.Rendering;

/// <summary>The chunks our PNG encoder writes read back: colour space, UTF-8 metadata, the build time.</summary>
public sealed class PngMetadataTests
{
    private static byte[] Encode(PngMetadata? metadata)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(8, 4, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(new SKColor(179, 38, 30));
        using var stream = new MemoryStream();
        using (var pixmap = bitmap.PeekPixels())
        {
            PngEncoder.Write(pixmap, stream, metadata);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Every_png_says_srgb_before_its_pixels()
    {
        var chunks = PngChunks.Read(Encode(null));
        var types = chunks.Select(c => c.Type).ToList();
        Assert.Equal("IHDR", types[0]);
        Assert.Equal("IEND", types[^1]);
        Assert.True(types.IndexOf("sRGB") is > 0 and var s && s < types.IndexOf("IDAT"));
        Assert.Equal([0], chunks.Single(c => c.Type == "sRGB").Data);
        Assert.Equal([0, 0, 0xB1, 0x8F], chunks.Single(c => c.Type == "gAMA").Data); // 45455
        Assert.Equal(32, chunks.Single(c => c.Type == "cHRM").Data.Length);
        Assert.DoesNotContain("tIME", types);
    }

    [Fact]
    public void Title_author_description_and_source_read_back_in_vietnamese()
    {
        var metadata = new PngMetadata(
            "Tuyệt đối tuân thủ “9 không”",
            "Ban Tuyên giáo Tỉnh ủy Bình Phước",
            "9 không",
            "Ban Tuyên giáo Tỉnh ủy Bình Phước · Kỳ 3: Cán bộ, đảng viên tiên phong",
            "vi",
            new DateTime(2023, 12, 14, 21, 11, 5, DateTimeKind.Utc));
        var bytes = Encode(metadata);
        var chunks = PngChunks.Read(bytes);
        var texts = PngChunks.Texts(chunks);
        Assert.Equal(metadata.Title, texts["Title"]);
        Assert.Equal(metadata.Author, texts["Author"]);
        Assert.Equal(metadata.Description, texts["Description"]);
        Assert.Equal(metadata.Source, texts["Source"]);
        Assert.Equal("MaterialsGen", texts["Software"]);
        Assert.Equal([0x07, 0xE7, 12, 14, 21, 11, 5], chunks.Single(c => c.Type == "tIME").Data);

        // Still a PNG every reader decodes, and the same metadata gives the same bytes.
        using var decoded = SKBitmap.Decode(bytes);
        Assert.Equal(new SKColor(179, 38, 30), decoded.GetPixel(3, 2));
        Assert.Equal(bytes, Encode(metadata));
    }

    [Fact]
    public void Empty_fields_write_no_chunk()
    {
        var texts = PngChunks.Texts(PngChunks.Read(Encode(new PngMetadata("Tiêu đề", string.Empty, string.Empty, " "))));
        Assert.Equal(["Software", "Title"], texts.Keys.Order(StringComparer.Ordinal));
    }
}
