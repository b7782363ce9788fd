using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>
/// No paragraph of the sample's PDFs ends on a lone syllable: “thù địch, tiêu / cực.” or “hành động nhỏ /
/// nhất.” leaves half a word on a line of its own. Vietnamese spaces part syllables, so such a line is
/// also a word torn in two.
/// </summary>
public sealed class RuntTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void No_paragraph_of_the_sample_ends_on_a_lone_syllable()
    {
        Assert.True(sample.Exit == 0, sample.Error);
        var pdfs = Directory.GetFiles(Path.Combine(sample.Root, "output"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.True(pdfs.Count >= 10, $"only {pdfs.Count} PDFs built");
        var runts = pdfs.SelectMany(Runts).ToList();
        Assert.True(runts.Count == 0, string.Join("\n", runts));
    }

    /// <summary>
    /// Lines of one short syllable closing a sentence, under a full line of the same column (which may start
    /// further left, at a list item's marker).
    /// </summary>
    private static IEnumerable<string> Runts(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var found = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var lines = Lines(page);
            for (var i = 1; i < lines.Count; i++)
            {
                var (words, left) = lines[i];
                var (above, aboveLeft) = lines[i - 1];
                if (words.Count == 1 && words[0].Length <= 6 && ".:;!?".Contains(words[0][^1], StringComparison.Ordinal)
                    && above.Count >= 5 && left - aboveLeft is > -5 and < 80)
                {
                    found.Add($"{Path.GetFileName(path)} p{page.Number}: “{string.Join(' ', above.TakeLast(3))} / {words[0]}”");
                }
            }
        }

        return found;
    }

    /// <summary>The page's words grouped by baseline, top to bottom, each line's words left to right with its left edge.</summary>
    private static List<(List<string> Words, double Left)> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .Select(l => (l.Select(w => w.Text).ToList(), l[0].BoundingBox.Left))];
}
