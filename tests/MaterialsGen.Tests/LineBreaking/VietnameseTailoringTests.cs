using System.Globalization;
using System.Text;
using MaterialsGen.Layout.LineBreaking;

namespace MaterialsGen.Tests.LineBreaking;

/// <summary>
/// The Vietnamese tailoring, tested the way Unicode tests UAX #14: every position of every case in
/// VietnameseLineBreakTest.txt, for the tailored and for the default algorithm.
/// </summary>
public sealed class VietnameseTailoringTests
{
    private const char Break = '÷';
    private const char DefaultOnly = '×';

    [Fact]
    public void Every_case_in_VietnameseLineBreakTest_txt_passes_tailored_and_default()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "LineBreaking", "VietnameseLineBreakTest.txt");
        var failures = new StringBuilder();
        var cases = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            cases++;
            var (text, tailored, defaults) = Parse(line);
            Check(failures, lineNumber, "tailored", text, tailored, LineBreaker.FindBreaks(text, LineBreakTailoring.Vietnamese));
            Check(failures, lineNumber, "default", text, defaults, LineBreaker.FindBreaks(text));

            // Decomposed input (diacritics as combining marks) breaks at the same places.
            var nfd = text.Normalize(NormalizationForm.FormD);
            var nfdTailored = MapToNfd(text, tailored);
            Check(failures, lineNumber, "tailored NFD", nfd, nfdTailored, LineBreaker.FindBreaks(nfd, LineBreakTailoring.Vietnamese));
        }

        Assert.True(cases >= 23, $"only {cases} cases read from {path}");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public void The_tailoring_only_removes_breaks_on_every_case_of_LineBreakTest_txt()
    {
        var cases = 0;
        foreach (var line in File.ReadLines(LineBreakTestFileTests.FilePath))
        {
            var data = line.Split('#')[0].Trim();
            if (data.Length == 0)
            {
                continue;
            }

            cases++;
            var (text, _, _) = LineBreakTestFileTests.ParseCase(data);
            var defaults = LineBreaker.FindBreaks(text);
            var tailored = LineBreaker.FindBreaks(text, LineBreakTailoring.Vietnamese);
            Assert.True(tailored.All(defaults.Contains), $"{data}: the tailoring added a break");
        }

        Assert.True(cases >= 7654);
    }

    [Theory]
    [InlineData("Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị về kỷ luật tổ chức đảng và đảng viên vi phạm", "69-QĐ/TW")]
    [InlineData("Hướng dẫn số 99-HD/BTGTW về việc thực hiện Quy định số 85-QĐ/TW của Ban Bí thư", "99-HD/BTGTW")]
    [InlineData("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", "30/2020/NĐ-CP")]
    public void A_paragraph_set_in_any_narrow_width_never_splits_a_document_number(string text, string number)
    {
        // The references are searched for in the PDF: no width may cut them, whatever the line length.
        var breaks = LineBreaker.FindBreaks(text, LineBreakTailoring.Vietnamese).Select(b => b.Index).ToHashSet();
        var start = text.IndexOf(number, StringComparison.Ordinal);
        Assert.DoesNotContain(breaks, i => i > start && i < start + number.Length);
        Assert.DoesNotContain(start, breaks);
    }

    /// <summary>Reads "Quy ÷định ÷số ×85-×QĐ/×TW÷" into the text, the tailored breaks (÷) and the default ones (÷ and ×).</summary>
    private static (string Text, int[] Tailored, int[] Default) Parse(string line)
    {
        var text = new StringBuilder();
        var tailored = new List<int>();
        var defaults = new List<int>();
        foreach (var c in line)
        {
            if (c == Break)
            {
                tailored.Add(text.Length);
                defaults.Add(text.Length);
            }
            else if (c == DefaultOnly)
            {
                defaults.Add(text.Length);
            }
            else
            {
                text.Append(c);
            }
        }

        return (text.ToString(), [.. tailored], [.. defaults]);
    }

    private static int[] MapToNfd(string text, int[] breaks) =>
        [.. breaks.Select(i => text[..i].Normalize(NormalizationForm.FormD).Length)];

    private static void Check(StringBuilder failures, int line, string what, string text, int[] expected, IReadOnlyList<LineBreakOpportunity> actual)
    {
        var indices = actual.Select(b => b.Index).ToArray();
        if (!expected.SequenceEqual(indices))
        {
            failures.Append(CultureInfo.InvariantCulture, $"line {line} ({what}): expected {Mark(text, expected)}, actual {Mark(text, indices)}\n");
        }
    }

    private static string Mark(string text, int[] breaks)
    {
        var result = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            if (breaks.Contains(i))
            {
                result.Append(Break);
            }

            if (i < text.Length)
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
