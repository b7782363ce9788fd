using static MaterialsGen.Tests.Export.DocxMarkup;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Tests.Export;

/// <summary>The font names a Word file gives: the family's own unless docx-fonts renames it; emoji kept as written, in the emoji font.</summary>
public sealed class DocxFontTests
{
    private const string Text = "<p>Nội dung <span font=\"Be Vietnam Pro\">tiêu đề</span></p>";

    [Fact]
    public void Families_keep_their_names_unless_the_document_renames_them()
    {
        using (var own = Word($"<document><page font=\"Tinos\">{Text}</page></document>"))
        {
            Assert.Equal(["Be Vietnam Pro", "Tinos"], Names(own));
            Assert.Equal(["Be Vietnam Pro", "Tinos"], RunFonts(own));
        }

        using var renamed = Word($"<document docx-fonts=\"Tinos = Times New Roman, be vietnam pro=Arial\"><page font=\"Tinos\">{Text}</page></document>");
        Assert.Equal(["Arial", "Times New Roman"], Names(renamed));
        Assert.Equal(["Arial", "Times New Roman"], RunFonts(renamed));
        Assert.DoesNotContain("Tinos", renamed.MainDocumentPart!.Document!.OuterXml + renamed.MainDocumentPart.StyleDefinitionsPart!.Styles!.OuterXml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tinos", "MG0204")]
    [InlineData("Tinos=", "MG0204")]
    [InlineData("Tinos=Times New Roman, tinos=Liberation Serif", "MG0204")]
    [InlineData("Tino=Times New Roman", "MG0302")]
    public void A_bad_docx_fonts_value_is_an_error_at_the_document(string value, string code)
    {
        var diagnostics = Check($"<document\n  docx-fonts=\"{value}\">\n<page>{Text}</page></document>");
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((code, 2), (error.Code, error.Span.Line));
        if (code == "MG0302")
        {
            Assert.Contains("did you mean 'Tinos'?", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Emoji_stay_the_characters_written_in_runs_of_the_emoji_font()
    {
        const string line = "Thích 👍 và chia sẻ ❤️ từ 🇻🇳, 👩🏽‍💻 gõ #️⃣ ✓";
        using var word = Word($"<document><page font=\"Tinos\"><p>{line}</p></page></document>");
        var paragraph = word.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().First();
        Assert.Equal(line, DocxText.Of(paragraph));
        var emoji = paragraph.Elements<W.Run>().Where(r => r.RunProperties?.RunFonts?.Ascii?.Value == "Segoe UI Emoji").Select(r => r.InnerText).ToList();
        Assert.Equal(["👍", "❤️", "🇻🇳", "👩🏽‍💻", "#️⃣"], emoji);
        // The check mark is a text symbol (no VS16): it stays in the text's runs.
        Assert.EndsWith("✓", paragraph.Elements<W.Run>().Last().InnerText, StringComparison.Ordinal);
        Assert.Null(paragraph.Elements<W.Run>().Last().RunProperties?.RunFonts);
        Assert.Contains("Segoe UI Emoji", Names(word));
    }

    private static List<string> Names(DocumentFormat.OpenXml.Packaging.WordprocessingDocument word) =>
        [.. word.MainDocumentPart!.FontTablePart!.Fonts!.Elements<W.Font>().Select(f => f.Name!.Value!).Order(StringComparer.Ordinal)];

    /// <summary>Every font the runs, the styles and the defaults name.</summary>
    private static List<string> RunFonts(DocumentFormat.OpenXml.Packaging.WordprocessingDocument word) =>
        [.. word.MainDocumentPart!.Document!.Descendants<W.RunFonts>().Concat(word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<W.RunFonts>())
            .Select(f => f.Ascii!.Value!).Distinct().Order(StringComparer.Ordinal)];
}
