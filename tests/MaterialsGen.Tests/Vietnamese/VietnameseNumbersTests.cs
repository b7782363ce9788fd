using MaterialsGen.Vietnamese;

namespace MaterialsGen.Tests.Vietnamese;

public sealed class VietnameseNumbersTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1000, "1.000")]
    [InlineData(5000000, "5.000.000")]
    [InlineData(18129506, "18.129.506")]
    [InlineData(-1234567, "-1.234.567")]
    public void Thousands_take_a_dot(long value, string expected) => Assert.Equal(expected, VietnameseNumbers.FormatNumber(value));

    [Fact]
    public void Decimals_take_a_comma()
    {
        Assert.Equal("1.234,50", VietnameseNumbers.FormatNumber(1234.5m, 2));
        Assert.Equal("0,05", VietnameseNumbers.FormatNumber(0.05m, 2));
        Assert.Equal("1.234,5", VietnameseNumbers.FormatNumber(1234.5m));
        Assert.Equal("3", VietnameseNumbers.FormatNumber(3.00m));
        Assert.Equal("-2,125", VietnameseNumbers.FormatNumber(-2.125m));
        Assert.Equal("1.235", VietnameseNumbers.FormatNumber(1234.5m, 0));
    }

    [Theory]
    [InlineData(0, "không")]
    [InlineData(1, "một")]
    [InlineData(4, "bốn")]
    [InlineData(5, "năm")]
    [InlineData(10, "mười")]
    [InlineData(11, "mười một")]
    [InlineData(14, "mười bốn")]
    [InlineData(15, "mười lăm")]
    [InlineData(20, "hai mươi")]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(24, "hai mươi tư")]
    [InlineData(25, "hai mươi lăm")]
    [InlineData(55, "năm mươi lăm")]
    [InlineData(100, "một trăm")]
    [InlineData(101, "một trăm linh một")]
    [InlineData(105, "một trăm linh năm")]
    [InlineData(110, "một trăm mười")]
    [InlineData(115, "một trăm mười lăm")]
    [InlineData(121, "một trăm hai mươi mốt")]
    [InlineData(1000, "một nghìn")]
    [InlineData(1005, "một nghìn không trăm linh năm")]
    [InlineData(2024, "hai nghìn không trăm hai mươi tư")]
    [InlineData(2023, "hai nghìn không trăm hai mươi ba")]
    [InlineData(10000, "mười nghìn")]
    [InlineData(1000000, "một triệu")]
    [InlineData(5000000, "năm triệu")]
    [InlineData(1000005, "một triệu không trăm linh năm")]
    [InlineData(1000000000, "một tỷ")]
    [InlineData(1000000000000, "một nghìn tỷ")]
    [InlineData(-15, "âm mười lăm")]
    public void Cardinal_words(long value, string expected) => Assert.Equal(expected, VietnameseNumbers.ToWords(value));

    [Fact]
    public void Extremes_do_not_overflow()
    {
        Assert.StartsWith("âm chín tỷ tỷ", VietnameseNumbers.ToWords(long.MinValue), StringComparison.Ordinal);
        Assert.StartsWith("chín tỷ tỷ", VietnameseNumbers.ToWords(long.MaxValue), StringComparison.Ordinal);
    }
}
