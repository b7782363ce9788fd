using MaterialsGen.Content.Hygiene;

namespace MaterialsGen.Tests.Content;

public sealed class LegacyEncodingTests
{
    [Theory]
    [InlineData("§¶ng viªn", "Đảng viên")]
    [InlineData("C¸n bé, ®¶ng viªn", "Cán bộ, đảng viên")]
    [InlineData("Bé ChÝnh trÞ", "Bộ Chính trị")]
    [InlineData("TØnh ñy B×nh Ph\u00ADíc", "Tỉnh ủy Bình Phước")]
    [InlineData("kh«ng gian m¹ng", "không gian mạng")]
    [InlineData("t\u00AD t\u00ADëng", "tư tưởng")]
    [InlineData("Th«ng tin vµ TruyÒn th«ng", "Thông tin và Truyền thông")]
    [InlineData("¨n uèng, ¬n nghÜa", "ăn uống, ơn nghĩa")]
    public void Tcvn3_converts_known_words(string tcvn3, string unicode) =>
        Assert.Equal(unicode, LegacyEncodingDetector.Convert(tcvn3, LegacyEncoding.Tcvn3));

    [Theory]
    [InlineData("Ñaûng vieân", "Đảng viên")]
    [InlineData("Boä Chính trò", "Bộ Chính trị")]
    [InlineData("Tænh uûy Bình Phöôùc", "Tỉnh ủy Bình Phước")]
    [InlineData("khoâng gian maïng", "không gian mạng")]
    [InlineData("tö töôûng", "tư tưởng")]
    [InlineData("ÑAÛNG VIEÂN", "ĐẢNG VIÊN")]
    [InlineData("aên uoáng, ôn nghóa", "ăn uống, ơn nghĩa")]
    public void Vni_converts_known_words(string vni, string unicode) =>
        Assert.Equal(unicode, LegacyEncodingDetector.Convert(vni, LegacyEncoding.Vni));

    [Theory]
    [InlineData("Mçi c¸n bé, ®¶ng viªn ph¶i cã ý thøc.", "Tcvn3", "Mỗi cán bộ, đảng viên phải có ý thức.")]
    [InlineData("Moãi caùn boä, ñaûng vieân phaûi coù yù thöùc.", "Vni", "Mỗi cán bộ, đảng viên phải có ý thức.")]
    public void Detects_the_encoding_and_converts(string text, string encoding, string converted)
    {
        var detected = LegacyEncodingDetector.Detect(text);
        Assert.NotNull(detected);
        Assert.Equal(encoding, detected.Value.Encoding.ToString());
        Assert.Equal(converted, detected.Value.Converted);
    }

    [Theory]
    [InlineData("Đảng viên tiên phong bảo vệ nền tảng tư tưởng của Đảng")]
    [InlineData("Quy định số 69-QÐ/TW")]
    [InlineData("Điều 5 § 2, © 2023")]
    [InlineData("Tiền hô hậu ủng, “Nhất hô bá ứng”")]
    [InlineData("naïve")]
    public void Unicode_text_is_not_flagged(string text) => Assert.Null(LegacyEncodingDetector.Detect(text));
}
