using MaterialsGen.Vietnamese;

namespace MaterialsGen.Tests.Vietnamese;

public sealed class VietnameseDatesTests
{
    [Theory]
    [InlineData(2024, 1, 5, "ngày 05 tháng 01 năm 2024")]
    [InlineData(2024, 2, 29, "ngày 29 tháng 02 năm 2024")]
    [InlineData(2024, 3, 9, "ngày 09 tháng 3 năm 2024")]
    [InlineData(2022, 7, 6, "ngày 06 tháng 7 năm 2022")]
    [InlineData(2023, 10, 10, "ngày 10 tháng 10 năm 2023")]
    [InlineData(2023, 12, 14, "ngày 14 tháng 12 năm 2023")]
    [InlineData(2023, 11, 1, "ngày 01 tháng 11 năm 2023")]
    public void Decree_30_pads_days_below_10_and_months_1_and_2(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDates.Decree30(new DateOnly(year, month, day)));

    [Fact]
    public void Place_comes_first_followed_by_a_comma()
    {
        Assert.Equal("Đồng Xoài, ngày 05 tháng 01 năm 2024", VietnameseDates.Decree30(new DateOnly(2024, 1, 5), "Đồng Xoài"));
        Assert.Equal("ngày 10 tháng 01 năm 2024", VietnameseDates.Decree30(new DateOnly(2024, 1, 10), "  "));
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, "thứ Hai", "Thứ Hai")]
    [InlineData(DayOfWeek.Tuesday, "thứ Ba", "Thứ Ba")]
    [InlineData(DayOfWeek.Wednesday, "thứ Tư", "Thứ Tư")]
    [InlineData(DayOfWeek.Thursday, "thứ Năm", "Thứ Năm")]
    [InlineData(DayOfWeek.Friday, "thứ Sáu", "Thứ Sáu")]
    [InlineData(DayOfWeek.Saturday, "thứ Bảy", "Thứ Bảy")]
    [InlineData(DayOfWeek.Sunday, "Chủ nhật", "Chủ nhật")]
    public void Weekday_names(DayOfWeek day, string inSentence, string atStart)
    {
        Assert.Equal(inSentence, VietnameseDates.Weekday(day));
        Assert.Equal(atStart, VietnameseDates.Weekday(day, sentenceStart: true));
    }

    [Fact]
    public void Date_with_weekday()
    {
        // 10 January 2024 was a Wednesday; 14 December 2023 a Thursday (the article's date line says "Thứ năm").
        Assert.Equal("thứ Tư, ngày 10 tháng 01 năm 2024", VietnameseDates.WithWeekday(new DateOnly(2024, 1, 10)));
        Assert.Equal("Thứ Năm, ngày 14 tháng 12 năm 2023", VietnameseDates.WithWeekday(new DateOnly(2023, 12, 14), sentenceStart: true));
        Assert.Equal("Chủ nhật, ngày 07 tháng 01 năm 2024", VietnameseDates.WithWeekday(new DateOnly(2024, 1, 7)));
    }

    [Fact]
    public void Numeric_form_and_iso_parsing()
    {
        Assert.Equal("05/01/2024", VietnameseDates.Numeric(new DateOnly(2024, 1, 5)));
        Assert.True(VietnameseDates.TryParseIso("2024-01-10", out var date));
        Assert.Equal(new DateOnly(2024, 1, 10), date);
        Assert.False(VietnameseDates.TryParseIso("10/01/2024", out _));
        Assert.False(VietnameseDates.TryParseIso("2023-02-30", out _));
        Assert.False(VietnameseDates.TryParseIso(null, out _));
    }
}
