using System.Text;
using System.Text.RegularExpressions;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MaterialsGen.Tests.Pipeline;

public sealed class HandoutPdfTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private static readonly string[] Ordinals = ["Một là,", "Hai là,", "Ba là,", "Bốn là,", "Năm là,"];

    [Fact]
    public void Build_succeeds_and_reports_every_output()
    {
        Assert.True(sample.Exit == 0, sample.Error);
        var planned = PlannedOutputs.Paths(sample.Root);
        Assert.Contains($"{planned.Length} built, 0 up to date, 0 failed", sample.Out, StringComparison.Ordinal);
        Assert.Equal(planned, sample.Out.Split('\n').Where(l => l.StartsWith("built ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal));

        // Not a warning either: no missing font family, glyph or picture.
        Assert.True(sample.Error.Length == 0, sample.Error);
    }

    [Fact]
    public void Handout_has_several_pages_numbered_in_the_footer()
    {
        using var pdf = PdfDocument.Open(sample.Output("tai-lieu-sinh-hoat.pdf"));
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains($"Trang {page.Number}/{pdf.NumberOfPages}", Text(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Five_solutions_and_both_lists_appear_in_order_with_diacritics()
    {
        var text = AllText();
        Assert.Equal(4, ListTexts("4-tich-cuc.yaml").Count);
        Assert.Equal(9, ListTexts("9-khong.yaml").Count);
        var expected = new List<string>(Ordinals);
        expected.InsertRange(3, ListTexts("4-tich-cuc.yaml"));
        expected.InsertRange(4 + 4, ListTexts("9-khong.yaml"));
        var at = 0;
        foreach (var piece in expected)
        {
            var found = text.IndexOf(Flatten(piece), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{piece}' not found in order after position {at}");
            at = found + 1;
        }
    }

    [Theory]
    [InlineData("tai-lieu-sinh-hoat.pdf", "69-QĐ/TW 85-QĐ/TW 99-HD/BTGTW 35-NQ/TW 6/7/2022")]
    [InlineData("to-roi-a5.pdf", "69-QĐ/TW 85-QĐ/TW 99-HD/BTGTW 35-NQ/TW 6/7/2022")]
    [InlineData("tai-lieu-kp5-tien-thanh.pdf", "69-QĐ/TW 85-QĐ/TW 6/7/2022")]
    public void Document_numbers_and_dates_are_never_split_across_lines(string file, string numbers)
    {
        // A search for "69-QĐ/TW" in the PDF must find it: no line may end inside a number or a date.
        using var pdf = PdfDocument.Open(sample.Output(file));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        foreach (var number in numbers.Split(' '))
        {
            Assert.Contains(words, w => w.Contains(number, StringComparison.Ordinal));
            for (var cut = 1; cut < number.Length; cut++)
            {
                Assert.DoesNotContain(words, w => w.EndsWith(number[..cut], StringComparison.Ordinal) && !w.Contains(number, StringComparison.Ordinal) && number[cut - 1] is '-' or '/');
            }
        }

        // Neither is "số" or "Điều" left at the end of a line before its number.
        var lines = pdf.GetPages().SelectMany(p => ContentOrderTextExtractor.GetText(p).Split('\n')).Select(l => l.TrimEnd()).ToList();
        Assert.DoesNotContain(lines, l => l.EndsWith(" số", StringComparison.Ordinal) || l.EndsWith(" Điều", StringComparison.Ordinal));
    }

    [Fact]
    public void The_leaflet_table_keeps_every_date_whole()
    {
        using var pdf = PdfDocument.Open(sample.Output("to-roi-a5.pdf"));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains("06/07/2022", words);
        Assert.Contains("2023", words);
        Assert.DoesNotContain(words, w => w is "06/07/2" or "022");
    }

    [Fact]
    public void Metadata_comes_from_the_content()
    {
        using var pdf = PdfDocument.Open(sample.Output("tai-lieu-sinh-hoat.pdf"));
        Assert.StartsWith("Kỳ 3: Cán bộ, đảng viên tiên phong", pdf.Information.Title, StringComparison.Ordinal);
        Assert.Contains("Hoàng Thu Hằng", pdf.Information.Author, StringComparison.Ordinal);
        Assert.Contains("4 tích cực", pdf.Information.Keywords, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_become_bookmarks_and_the_language_is_vietnamese()
    {
        var bytes = File.ReadAllBytes(sample.Output("tai-lieu-sinh-hoat.pdf"));
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var all = bookmarks.GetNodes().Select(n => n.Title).ToList();
        Assert.StartsWith("Kỳ 3: Cán bộ, đảng viên tiên phong", all[0], StringComparison.Ordinal);
        Assert.Contains("Giải pháp trọng tâm đối với mỗi cán bộ, đảng viên", all);
        Assert.Contains("Văn bản liên quan", all);
        var references = bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Single(n => n.Title == "Văn bản liên quan");
        Assert.Equal(3, references.PageNumber);
        // "vi" as a UTF-16BE PDF string in the catalog.
        Assert.Contains("/Lang <FEFF00760069>", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    /// <summary>The items' text from the YAML, read plainly so the test does not trust the loader under test.</summary>
    internal static List<string> ListTexts(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", file));
        var texts = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Regex.Match(lines[i], @"^    text: (>-)?(.*)$");
            if (!match.Success)
            {
                continue;
            }

            var text = new StringBuilder(match.Groups[2].Value.Trim());
            while (match.Groups[1].Success && i + 1 < lines.Length && lines[i + 1].StartsWith("      ", StringComparison.Ordinal))
            {
                text.Append(' ').Append(lines[++i].Trim());
            }

            texts.Add(text.ToString().Trim());
        }

        return texts;
    }

    internal static List<string> ListLabels(string file) =>
        File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", file))
            .Select(l => Regex.Match(l, @"^  - label: (.*)$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Trim())
            .ToList();

    private string AllText()
    {
        using var pdf = PdfDocument.Open(sample.Output("tai-lieu-sinh-hoat.pdf"));
        return Flatten(string.Join(" ", pdf.GetPages().Select(Text)));
    }

    private static string Text(UglyToad.PdfPig.Content.Page page) => ContentOrderTextExtractor.GetText(page);

    /// <summary>Line breaks and hyphen-free wrapping make spacing vary; compare on single spaces.</summary>
    private static string Flatten(string text) => Regex.Replace(text.Normalize(NormalizationForm.FormC), @"\s+", " ");
}
