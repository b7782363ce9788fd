using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

/// <summary>
/// Line sets are made once per text, style and width and shared by every paragraph that has them (as the
/// records of a batch repeat their pages), yet each paragraph's glyphs still point at its own markup.
/// </summary>
public class SharedLineSetTests
{
    private const string Text = "Mỗi cán bộ, đảng viên là một “chiến sĩ” trên không gian mạng, tích cực lan tỏa thông tin tích cực, góp phần “phủ xanh” không gian mạng bằng những nội dung lành mạnh.";

    private static List<GlyphRunItem> Runs(string markup) => [.. ShiftedRuns(markup).Select(r => r.Run)];

    /// <summary>The glyph runs with what the frames around them add to their markup offsets.</summary>
    private static List<(GlyphRunItem Run, int Shift)> ShiftedRuns(string markup)
    {
        var (document, diagnostics) = MarkupRunner.Lay(markup);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        return [.. document.Pages.SelectMany(p => p.Frame.FlattenWithShifts()).Where(x => x.Item is GlyphRunItem).Select(x => ((GlyphRunItem)x.Item, x.Shift))];
    }

    private static int[] Offsets((GlyphRunItem Run, int Shift) run) => [.. run.Run.SourceOffsets!.Select(o => o < 0 ? o : o + run.Shift)];

    [Fact]
    public void A_paragraph_repeated_lower_down_reuses_the_lines_and_its_glyphs_map_to_its_own_markup()
    {
        // A session keeps what it has met twice: the third copy (as the third record of a batch) reuses the second's lines.
        var between = "<p>Chi bộ khu phố 5, phường Tiến Thành</p>";
        var markup = $"<document><page><p>{Text}</p>{between}<p>{Text}</p>{between}<p>{Text}</p></page></document>";
        var runs = ShiftedRuns(markup);
        var copies = new List<List<(GlyphRunItem Run, int Shift)>> { new() };
        foreach (var run in runs)
        {
            if (run.Run.Text.StartsWith("Chi bộ", StringComparison.Ordinal))
            {
                copies.Add([]);
            }
            else
            {
                copies[^1].Add(run);
            }
        }

        var (second, third) = (copies[1], copies[2]);
        Assert.True(second.Count > 1, "the paragraph should take several lines");
        Assert.Equal(second.Count, third.Count);
        var at = markup.IndexOf(Text, StringComparison.Ordinal);
        var shift = markup.LastIndexOf(Text, StringComparison.Ordinal) - markup.IndexOf(Text, at + 1, StringComparison.Ordinal);
        for (var i = 0; i < second.Count; i++)
        {
            // The same positioned glyphs: made once, not copied.
            Assert.Same(second[i].Run, third[i].Run);

            // Each glyph maps to its own paragraph's markup: the third one's by as much further on as it stands.
            Assert.Equal(Offsets(second[i]).Select(o => o + shift), Offsets(third[i]));
            Assert.Equal(third[i].Run.Text[0], markup[Offsets(third[i])[0]]);
            Assert.Equal(second[i].Run.Text[0], markup[Offsets(second[i])[0]]);
        }
    }

    [Fact]
    public void The_same_text_spelled_differently_in_the_markup_gets_lines_of_its_own_with_its_own_offsets()
    {
        // "&amp;" and "&#x26;" are one character of text from five and six of markup: no single shift maps one onto the other.
        var lead = Text.Replace("tích cực lan tỏa", "tích cực & lan tỏa", StringComparison.Ordinal);
        var markup = $"<document><page><p>{lead.Replace("&", "&amp;", StringComparison.Ordinal)}</p><p>{lead.Replace("&", "&#x26;", StringComparison.Ordinal)}</p></page></document>";
        var runs = Runs(markup);
        var half = runs.Count / 2;
        Assert.Equal(runs.Take(half).Select(r => r.Text), runs.Skip(half).Select(r => r.Text));
        Assert.NotSame(runs[0].Glyphs, runs[half].Glyphs);
        var last = runs[^1];
        Assert.Equal(last.Text[^1], markup[last.SourceOffsets![^1]]);
    }

    [Fact]
    public void A_link_in_a_repeated_paragraph_is_a_link_element_of_its_own()
    {
        var paragraph = "<p>Xem <a href=\"https://btgtu.binhphuoc.gov.vn/\">bài gốc</a> tại đây.</p>";
        var (document, diagnostics) = MarkupRunner.Lay($"<document><page>{paragraph}{paragraph}{paragraph}</page></document>");
        Assert.True(document is not null, string.Join("\n", diagnostics));
        var runs = document.Pages[0].Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Where(r => r.Text.Contains("bài", StringComparison.Ordinal)).ToList();
        Assert.Same(runs[1].Glyphs, runs[2].Glyphs);
        var links = Tags(document.Pages[0].Frame).Where(t => t.Role == StructureRole.Link).ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal(3, links.Distinct().Count());
        Assert.All(links, link => Assert.Equal("bài gốc", link.Alt));
    }

    private static IEnumerable<StructureTag> Tags(Frame frame) =>
        frame.Items.OfType<FrameRef>().SelectMany(r => (r.Tag is { } tag ? [tag] : Array.Empty<StructureTag>()).Concat(Tags(r.Frame)));
}
