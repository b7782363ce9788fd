using System.Globalization;
using System.Text;
using MaterialsGen.Layout.LineBreaking;

namespace MaterialsGen.Tests.LineBreaking;

/// <summary>Runs Unicode's own conformance file (15.0) through the breaker, every case, no skip list.</summary>
public sealed class LineBreakTestFileTests
{
    private const char Break = '÷';
    private const char NoBreak = '×';

    internal static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "LineBreaking", "LineBreakTest.txt");

    [Fact]
    public void Every_case_in_LineBreakTest_txt_passes()
    {
        var failures = new StringBuilder();
        var cases = 0;
        var failed = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(FilePath))
        {
            lineNumber++;
            var data = line.Split('#')[0].Trim();
            if (data.Length == 0)
            {
                continue;
            }

            cases++;
            var (text, codePoints, expected) = ParseCase(data);
            var actual = LineBreaker.FindBreaks(text).Select(b => b.Index).ToArray();
            if (!expected.SequenceEqual(actual))
            {
                failed++;
                failures.Append(CultureInfo.InvariantCulture, $"line {lineNumber}: expected {data}")
                    .Append(CultureInfo.InvariantCulture, $" actual {Format(codePoints, actual)}\n");
            }
        }

        // Guards against a missing or misread file passing vacuously; 15.0 has 7654 cases.
        Assert.True(cases >= 7654, $"Only {cases} cases read from {FilePath}.");
        Assert.True(failed == 0, $"{failed} of {cases} cases failed:\n{failures}");
    }

    /// <summary>Turns "× 0023 × 0020 ÷ 0023 ÷" into the text and the UTF-16 offsets marked ÷.</summary>
    internal static (string Text, List<int> CodePoints, List<int> Breaks) ParseCase(string data)
    {
        var text = new StringBuilder();
        var codePoints = new List<int>();
        var breaks = new List<int>();
        foreach (var token in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token[0] == Break)
            {
                breaks.Add(text.Length);
            }
            else if (token[0] != NoBreak)
            {
                var codePoint = int.Parse(token, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                codePoints.Add(codePoint);
                text.Append(char.ConvertFromUtf32(codePoint));
            }
        }

        return (text.ToString(), codePoints, breaks);
    }

    /// <summary>Writes a result in the file's own notation so a failure reads side by side with the expectation.</summary>
    private static string Format(List<int> codePoints, int[] breaks)
    {
        var result = new StringBuilder().Append(NoBreak);
        var offset = 0;
        foreach (var codePoint in codePoints)
        {
            offset += codePoint > 0xFFFF ? 2 : 1;
            result.Append(CultureInfo.InvariantCulture, $" {codePoint:X4} ").Append(breaks.Contains(offset) ? Break : NoBreak);
        }

        return result.ToString();
    }
}
