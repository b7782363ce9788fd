using System.Globalization;
using System.Text;
using MaterialsGen.Layout.LineBreaking;

namespace MaterialsGen.Tests.LineBreaking;

/// <summary>The cases the training materials actually hit: Vietnamese prose, punctuation, links, decomposed diacritics.</summary>
public sealed class VietnameseLineBreakTests
{
    [Theory]
    [InlineData("Tích cực bình luận (comment) theo hướng đồng thuận")]
    [InlineData("Xin chào, các bạn! Hôm nay (thứ Hai) chúng ta học bài 1.")]
    [InlineData("Người học cần: đọc tài liệu; làm bài tập, rồi nộp bài.")]
    public void Prose_breaks_only_after_spaces(string text)
    {
        Assert.Equal(AfterEverySpace(text), BreakIndices(text));
    }

    [Fact]
    public void Parenthesised_word_stays_whole()
    {
        const string text = "Tích cực bình luận (comment) theo hướng đồng thuận";
        var start = text.IndexOf("(comment)", StringComparison.Ordinal);
        Assert.DoesNotContain(BreakIndices(text), index => index > start && index < start + "(comment)".Length);
    }

    [Theory]
    [InlineData("một, hai, ba")]
    [InlineData("(xem trang 12), tiếp theo")]
    [InlineData("giá 100.000 đồng (khoảng 4 USD), đã gồm thuế")]
    [InlineData("Chọn mục (Cài đặt)")]
    public void Never_breaks_before_comma_or_closing_parenthesis(string text)
    {
        Assert.DoesNotContain(BreakIndices(text), index => index < text.Length && text[index] is ',' or ')');
    }

    [Fact]
    public void Url_breaks_after_slashes_hyphens_and_question_mark_only()
    {
        const string url = "https://daotao.example.vn/khoa-hoc/bai-1?tab=tai-lieu";

        // "https://", "daotao.example.vn/", "khoa-", "hoc/", "bai-1?", "tab=tai-", "lieu": dots and ':'
        // (IS) never break, and "bai-1" stays whole because UAX #14 keeps a hyphen with a following number (LB25).
        Assert.Equal([8, 26, 31, 35, 41, 49, url.Length], BreakIndices(url));
    }

    [Theory]
    [InlineData("Tích cực bình luận (comment) theo hướng đồng thuận")]
    [InlineData("Tiếng Việt có dấu: ước mơ, người ở, khuỷu tay")]
    public void Decomposed_text_never_breaks_between_a_letter_and_its_marks(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.True(decomposed.Length > text.Length, "the sample should decompose");

        var breaks = BreakIndices(decomposed);
        Assert.DoesNotContain(breaks, index =>
            index < decomposed.Length && CharUnicodeInfo.GetUnicodeCategory(decomposed[index]) == UnicodeCategory.NonSpacingMark);
        Assert.Equal(AfterEverySpace(decomposed), breaks);
    }

    [Fact]
    public void Surrogate_pairs_are_one_character_and_indices_are_utf16()
    {
        // Waving hand + skin tone modifier: EB × EM, both outside the BMP.
        const string text = "Chào 👋🏽 bạn";
        Assert.Equal(AfterEverySpace(text), BreakIndices(text));
    }

    [Fact]
    public void Hard_line_breaks_are_mandatory_and_crlf_is_one()
    {
        const string text = "dòng một\ndòng hai\r\n";
        var breaks = LineBreaker.FindBreaks(text);
        Assert.Equal(
            [
                new LineBreakOpportunity(5, false),
                new LineBreakOpportunity(9, true),
                new LineBreakOpportunity(14, false),
                new LineBreakOpportunity(19, true),
            ],
            breaks);
    }

    [Fact]
    public void Empty_text_has_no_breaks_and_other_text_always_ends_with_one()
    {
        Assert.Empty(LineBreaker.FindBreaks(string.Empty));
        Assert.Equal([new LineBreakOpportunity(1, false)], LineBreaker.FindBreaks("a"));
    }

    private static int[] BreakIndices(string text) => [.. LineBreaker.FindBreaks(text).Select(b => b.Index)];

    private static int[] AfterEverySpace(string text) =>
        [.. Enumerable.Range(1, text.Length - 1).Where(i => text[i - 1] == ' '), text.Length];
}
