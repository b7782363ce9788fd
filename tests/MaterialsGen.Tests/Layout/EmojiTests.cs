using System.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Rendering;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Layout;

/// <summary>
/// Emoji in content are drawn in colour from the project's emoji set (Twemoji SVGs in fonts/emoji/),
/// inline with the text: one picture per emoji sequence, sized to the em and sitting on the baseline.
/// </summary>
public sealed class EmojiTests
{
    /// <summary>Characters with emoji presentation by default that a symbols font may also draw: ⭐ ⚡ ⌚ ✅ ⚽.</summary>
    private static readonly int[] DefaultEmoji = [0x2B50, 0x26A1, 0x231A, 0x2705, 0x26BD];

    private static LaidOutDocument Lay(string text, float size = 40)
    {
        var markup = $"<document><canvas width=\"600\" height=\"200\" margin=\"20\" background=\"#ffffff\"><p size=\"{size}\" color=\"#1F1F1F\">{text}</p></canvas></document>";
        var (document, diagnostics) = MarkupRunner.Lay(markup);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        return document;
    }

    private static List<(Point Offset, EmojiItem Emoji)> Emoji(LaidOutDocument document) =>
        [.. document.Pages[0].Frame.Flatten().Where(x => x.Item is EmojiItem).Select(x => (x.Offset, (EmojiItem)x.Item))];

    private static string GlyphText(LaidOutDocument document) =>
        string.Concat(document.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Select(r => r.Text));

    [Fact]
    public void A_thumbs_up_in_text_is_a_picture_one_em_square_on_the_baseline()
    {
        var document = Lay("Thích 👍 nhé");
        var (offset, emoji) = Assert.Single(Emoji(document));
        Assert.Equal("👍", emoji.Text);
        Assert.EndsWith("1f44d.svg", emoji.Image.Name, StringComparison.Ordinal);
        Assert.True(emoji.Image.IsVector);
        Assert.Equal(40, emoji.Rect.Width, 3);
        Assert.Equal(40, emoji.Rect.Height, 3);
        Assert.Equal(emoji.Baseline + 4, emoji.Rect.Bottom, 3); // a tenth of an em below the baseline

        // The words around it are glyphs on the same baseline, and the emoji sits between them.
        Assert.Equal("Thích  nhé", GlyphText(document));
        var runs = document.Pages[0].Frame.Flatten().Where(x => x.Item is GlyphRunItem).Select(x => (x.Offset, Run: (GlyphRunItem)x.Item)).ToList();
        Assert.All(runs, r => Assert.Equal(offset.Y + emoji.Baseline, r.Offset.Y + r.Run.Origin.Y, 2));
        var before = runs.Single(r => r.Run.Text.StartsWith("Thích", StringComparison.Ordinal));
        var after = runs.Single(r => r.Run.Text.Contains("nhé", StringComparison.Ordinal));
        Assert.True(before.Offset.X + before.Run.Origin.X + before.Run.Width <= offset.X + emoji.Rect.X);
        Assert.True(offset.X + emoji.Rect.Right <= after.Offset.X + after.Run.Origin.X);
    }

    [Theory]
    [InlineData("✅", "2705.svg")] // emoji presentation by default
    [InlineData("❤️", "2764.svg")] // VS16 asks for the emoji of a text character
    [InlineData("👍🏽", "1f44d-1f3fd.svg")] // skin tone
    [InlineData("🇻🇳", "1f1fb-1f1f3.svg")] // flag: a pair of regional indicators
    [InlineData("👨‍👩‍👧", "1f468-200d-1f469-200d-1f467.svg")] // ZWJ family
    [InlineData("🏳️‍🌈", "1f3f3-fe0f-200d-1f308.svg")] // ZWJ with VS16 inside
    [InlineData("👩🏽‍💻", "1f469-1f3fd-200d-1f4bb.svg")] // ZWJ with a skin tone
    [InlineData("#️⃣", "23-20e3.svg")] // keycap
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿", "1f3f4-e0067-e0062-e0073-e0063-e0074-e007f.svg")] // subdivision flag: tag sequence
    public void A_sequence_is_one_picture(string sequence, string file)
    {
        var document = Lay($"Chia sẻ {sequence} ngay");
        var (_, emoji) = Assert.Single(Emoji(document));
        Assert.Equal(sequence, emoji.Text);
        Assert.EndsWith(":" + file, emoji.Image.Name, StringComparison.Ordinal);
        Assert.Equal("Chia sẻ  ngay", GlyphText(document));
    }

    [Fact]
    public void Without_vs16_a_text_symbol_a_font_has_stays_text_and_vs15_asks_for_text()
    {
        var symbols = TestFonts.Library.Resolve("Noto Sans Symbols 2", 400, false)!;
        Assert.True(symbols.HasGlyph(0x2764), "the symbols font has ❤");
        Assert.Empty(Emoji(Lay("Yêu ❤ lắm")));
        Assert.Contains("❤", GlyphText(Lay("Yêu ❤ lắm")), StringComparison.Ordinal);
        Assert.Single(Emoji(Lay("Yêu ❤️ lắm")));

        // A character that is an emoji by default, followed by VS15, is drawn from the font that has it.
        var textual = DefaultEmoji.First(symbols.HasGlyph);
        var star = char.ConvertFromUtf32(textual);
        Assert.Single(Emoji(Lay($"Sao {star} sáng")));
        Assert.Empty(Emoji(Lay($"Sao {star}\uFE0E sáng")));
        Assert.Contains(star, GlyphText(Lay($"Sao {star}\uFE0E sáng")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zwj_sequence_the_set_lacks_is_drawn_as_its_parts()
    {
        // Cat and dog joined is no emoji of Unicode's: fonts show the two, and so does the set.
        var emoji = Emoji(Lay("Nuôi 🐈‍🐕 ở nhà"));
        Assert.Equal(2, emoji.Count);
        Assert.Equal("🐈‍🐕", emoji[0].Emoji.Text);
        Assert.Equal(string.Empty, emoji[1].Emoji.Text);
        Assert.EndsWith(":1f408.svg", emoji[0].Emoji.Image.Name, StringComparison.Ordinal);
        Assert.EndsWith(":1f415.svg", emoji[1].Emoji.Image.Name, StringComparison.Ordinal);
        Assert.True(emoji[0].Emoji.Rect.Right <= emoji[1].Emoji.Rect.X);
    }

    [Fact]
    public void A_character_neither_the_fonts_nor_the_emoji_set_have_is_still_a_located_error()
    {
        // U+1FC00 is reserved for future pictographs: no font and no emoji set draws it.
        var (document, diagnostics) = MarkupRunner.Lay("<document><page>\n<p>Biểu tượng \U0001FC00 lạ</p></page></document>");
        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal("MG0301", error.Code);
        Assert.Contains("U+1FC00", error.Message, StringComparison.Ordinal);
        Assert.Contains("emoji set fonts/emoji/twemoji.zip", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Span.Line);
    }

    [Fact]
    public void Emoji_are_drawn_in_colour_in_png()
    {
        var document = Lay("Thích 👍 ✅", 60);
        using var image = RasterWriter.Render(document.Pages[0], 600, 200);
        using var bitmap = SKBitmap.FromImage(image);
        var emoji = Emoji(document);
        Assert.Equal(2, emoji.Count);

        // Twemoji's thumb is #FFDB5E, its check box #77B255: most of each square is that colour.
        Assert.True(Share(bitmap, emoji[0].Offset, emoji[0].Emoji.Rect, p => p.Red > 220 && p.Green > 180 && p.Blue < 140) > 0.3, "the thumb is not yellow");
        Assert.True(Share(bitmap, emoji[1].Offset, emoji[1].Emoji.Rect, p => p.Green > 150 && p.Red < 150 && p.Blue < 120) > 0.5, "the check box is not green");
    }

    private static double Share(SKBitmap bitmap, Point offset, Rect rect, Func<SKColor, bool> match)
    {
        var (hits, total) = (0, 0);
        for (var y = (int)(offset.Y + rect.Y); y < (int)(offset.Y + rect.Bottom); y++)
        {
            for (var x = (int)(offset.X + rect.X); x < (int)(offset.X + rect.Right); x++)
            {
                total++;
                hits += match(bitmap.GetPixel(x, y)) ? 1 : 0;
            }
        }

        return (double)hits / total;
    }

    [Fact]
    public void In_pdf_an_emoji_is_a_vector_form_and_its_text_reads_back()
    {
        var document = Lay("Thích 👍 và 🇻🇳");
        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, DateTime.UnixEpoch);
        var bytes = stream.ToArray();
        var streams = PdfStreams.Inflated(bytes);

        // Drawn as form XObjects of paths (no image pixels), each inside a span that says what it is.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(bytes), "/Subtype /Form"));
        Assert.DoesNotContain("/Subtype /Image", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains("/ActualText <FEFFD83DDC4D>", streams, StringComparison.Ordinal);
        Assert.Contains("/ActualText <FEFFD83CDDFBD83CDDF3>", streams, StringComparison.Ordinal);

        // PdfPig sees the marked span over the invisible glyph.
        using (var pdf = PdfDocument.Open(bytes))
        {
            var spans = pdf.GetPage(1).GetMarkedContents().Where(m => m.ActualText is not null).ToList();
            Assert.Equal(["👍", "🇻🇳"], spans.Select(m => m.ActualText));
            Assert.All(spans, m => Assert.Single(m.Letters));
        }

        // A reader's text extraction gives the emoji where it is drawn.
        Assert.Equal("Thích 👍 và 🇻🇳", PdfToText(bytes).Trim());
    }

    [Fact]
    public void Content_with_emoji_builds_through_the_project_emoji_set()
    {
        using var project = new SampleProject();
        var data = Path.Combine(project.Root, "data", "4-tich-cuc.yaml");
        SampleProject.Edit(data, "  - label: Tích cực thích (like)\n", "  - label: Thích 👍\n");
        SampleProject.Edit(data, "  - label: Tích cực chia sẻ (share)\n", "  - label: Chia sẻ ✅\n");
        var (document, diagnostics) = TemplateOutput.Compose(project.Root, "infographic", ["data/4-tich-cuc.yaml"], "portrait");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.Equal(["👍", "✅"], Emoji(document).Select(e => e.Emoji.Text));
        Assert.All(Emoji(document), e => Assert.StartsWith("fonts/emoji/twemoji.zip:", e.Emoji.Image.Name, StringComparison.Ordinal));
    }

    /// <summary>Poppler's pdftotext, as people copy text out of a PDF; .ci/run installs poppler-utils.</summary>
    internal static string PdfToText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), "materialsgen-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
