using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

/// <summary>
/// Ragged text with linebreaks="optimized" (the handouts' titles, list items and table cells, the
/// infographics' labels): where first fit leaves one short word alone on the last line (the handout's
/// title ending “… không gian / mạng”), the optimal breaks carry a word down with it.
/// </summary>
public sealed class RaggedBreakingTests
{
    private const string Title = "Kỳ 3: Cán bộ, đảng viên tiên phong bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng";

    [Fact]
    public void Optimized_ragged_text_never_ends_on_a_lone_short_word_where_first_fit_does()
    {
        var compared = 0;
        for (var width = 160; width <= 760; width += 8)
        {
            var simple = Lines(width, "simple");
            if (simple.Count < 2 || simple[^1].Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            compared++;
            var optimized = Lines(width, "optimized");
            Assert.True(optimized[^1].Contains(' ', StringComparison.Ordinal), $"{width} pt: {string.Join(" | ", optimized)}");
            Assert.Equal(Title.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(optimized).Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        // First fit strands a word at several of these widths; every one of them was compared.
        Assert.True(compared >= 3, $"only {compared} widths where first fit leaves a lone word");
    }

    /// <summary>The paragraph's lines as drawn, top to bottom (runs grouped by baseline).</summary>
    private static List<string> Lines(int width, string breaks)
    {
        var markup = string.Create(CultureInfo.InvariantCulture,
            $"<document><page paper=\"{width + 40}x2000\" margin=\"20\"><p size=\"20\" weight=\"bold\" linebreaks=\"{breaks}\">{Title}</p></page></document>");
        var (document, diagnostics) = MarkupRunner.Lay(markup);
        Assert.True(document is not null, string.Join("; ", diagnostics));
        return [.. document.Pages[0].Frame.Flatten()
            .Where(x => x.Item is GlyphRunItem)
            .GroupBy(x => MathF.Round(x.Offset.Y + ((GlyphRunItem)x.Item).Origin.Y, 1))
            .OrderBy(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(x => x.Offset.X + ((GlyphRunItem)x.Item).Origin.X).Select(x => ((GlyphRunItem)x.Item).Text)).Trim())];
    }
}
