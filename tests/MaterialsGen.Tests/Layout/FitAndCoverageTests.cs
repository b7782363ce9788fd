using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

public class FitAndCoverageTests
{
    [Fact]
    public void A_3000_word_item_on_a_fixed_canvas_is_a_located_error_not_a_clip()
    {
        var words = string.Join(" ", Enumerable.Repeat("không", 3000));
        var (document, diagnostics) = MarkupRunner.Lay($"<document><canvas width=\"1080\" height=\"1350\">\n<p size=\"30\">Tiêu đề</p>\n<p size=\"30\" fit=\"shrink\" min-size=\"14\">{words}</p>\n</canvas></document>");
        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal("MG0402", error.Code);
        Assert.Contains("1080×1350", error.Message, StringComparison.Ordinal);

        // The error names the first word that does not fit, and the canvas it overflows.
        const string open = "<p size=\"30\" fit=\"shrink\" min-size=\"14\">";
        Assert.Equal(3, error.Span.Line);
        Assert.InRange(error.Span.Column, open.Length + 2, open.Length + words.Length);
        Assert.Equal(0, (error.Span.Column - open.Length - 1) % "không ".Length);
        Assert.Equal("test.xml:1:12: note: on this canvas", Assert.Single(error.Notes).ToString());
    }

    [Fact]
    public void Text_marked_fit_shrinks_until_it_fits()
    {
        var text = string.Join(" ", Enumerable.Repeat("Tích cực chia sẻ", 40));
        var (document, diagnostics) = MarkupRunner.Lay($"<document><canvas width=\"400\" height=\"300\"><p size=\"24\" fit=\"shrink\" min-size=\"8\">{text}</p></canvas></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var sizes = document.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<MaterialsGen.Layout.Frames.GlyphRunItem>().Select(r => r.Size).Distinct().ToList();
        Assert.True(sizes.Max() < 24);
    }

    [Fact]
    public void A_character_no_font_has_names_its_code_point_and_place()
    {
        var (document, diagnostics) = MarkupRunner.Lay("<document><page>\n<p>Chữ Thái ꪀ ở đây</p></page></document>");
        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal("MG0301", error.Code);
        Assert.Contains("U+AA80", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Span.Line);
    }

    [Fact]
    public void Nfd_input_gives_the_same_text_as_nfc()
    {
        static string Drawn(string text)
        {
            var (document, _) = MarkupRunner.Lay($"<document><page><p>{text}</p></page></document>");
            return string.Concat(document!.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<MaterialsGen.Layout.Frames.GlyphRunItem>().Select(r => r.Text));
        }

        const string nfc = "Tuyệt đối tuân thủ “9 không”: Ẩ Ặ Ỗ Ễ Ớ";
        Assert.Equal(Drawn(nfc), Drawn(nfc.Normalize(System.Text.NormalizationForm.FormD)));
    }
}
