using MaterialsGen.Vietnamese;

namespace MaterialsGen.Tests.Vietnamese;

public sealed class VietnameseOrdinalsTests
{
    [Fact]
    public void Enumeration_words_one_to_twenty()
    {
        string[] expected =
        [
            "Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là", "Bảy là", "Tám là", "Chín là", "Mười là",
            "Mười một là", "Mười hai là", "Mười ba là", "Mười bốn là", "Mười lăm là",
            "Mười sáu là", "Mười bảy là", "Mười tám là", "Mười chín là", "Hai mươi là",
        ];
        Assert.Equal(expected, Enumerable.Range(1, 20).Select(VietnameseOrdinals.Enumeration));
    }

    [Theory]
    [InlineData(21, "Hai mươi mốt là")]
    [InlineData(24, "Hai mươi tư là")]
    [InlineData(25, "Hai mươi lăm là")]
    public void Enumeration_words_past_twenty(int number, string expected) =>
        Assert.Equal(expected, VietnameseOrdinals.Enumeration(number));

    [Theory]
    [InlineData(1, "thứ nhất")]
    [InlineData(2, "thứ hai")]
    [InlineData(3, "thứ ba")]
    [InlineData(4, "thứ tư")]
    [InlineData(5, "thứ năm")]
    [InlineData(10, "thứ mười")]
    [InlineData(14, "thứ mười bốn")]
    [InlineData(15, "thứ mười lăm")]
    [InlineData(21, "thứ hai mươi mốt")]
    public void Ordinals(int number, string expected) => Assert.Equal(expected, VietnameseOrdinals.Ordinal(number));

    [Fact]
    public void Zero_has_no_enumeration_word()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseOrdinals.Enumeration(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseOrdinals.Ordinal(0));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(13, "XIII")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(90, "XC")]
    [InlineData(400, "CD")]
    [InlineData(1975, "MCMLXXV")]
    [InlineData(2024, "MMXXIV")]
    [InlineData(3999, "MMMCMXCIX")]
    public void Roman_numerals(int value, string expected) => Assert.Equal(expected, RomanNumerals.ToRoman(value));

    [Fact]
    public void Roman_numerals_reject_values_outside_1_to_3999()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumerals.ToRoman(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumerals.ToRoman(4000));
    }
}
