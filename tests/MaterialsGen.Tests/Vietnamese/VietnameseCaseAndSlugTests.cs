using System.Text;
using MaterialsGen.Vietnamese;

namespace MaterialsGen.Tests.Vietnamese;

public sealed class VietnameseCaseAndSlugTests
{
    [Theory]
    [InlineData("đảng viên tiên phong", "ĐẢNG VIÊN TIÊN PHONG")]
    [InlineData("tuyệt đối tuân thủ “9 không”", "TUYỆT ĐỐI TUÂN THỦ “9 KHÔNG”")]
    [InlineData("ưu tiên ơn nghĩa ăn ở", "ƯU TIÊN ƠN NGHĨA ĂN Ở")]
    [InlineData("ỹ ỵ ỳ ý ỷ", "Ỹ Ỵ Ỳ Ý Ỷ")]
    public void Upper_and_lower_keep_diacritics(string lower, string upper)
    {
        Assert.Equal(upper, VietnameseCase.ToUpper(lower));
        Assert.Equal(lower, VietnameseCase.ToLower(upper));
    }

    [Fact]
    public void Upper_case_composes_decomposed_input()
    {
        var upper = VietnameseCase.ToUpper("đảng".Normalize(NormalizationForm.FormD));
        Assert.Equal("ĐẢNG", upper);
        Assert.Equal(4, upper.Length);
    }

    [Theory]
    [InlineData("chi bộ KHU phố 5", "Chi Bộ Khu Phố 5")]
    [InlineData("đảng bộ phường tiến thành", "Đảng Bộ Phường Tiến Thành")]
    [InlineData("nguyễn văn a", "Nguyễn Văn A")]
    [InlineData("văn học - nghệ thuật", "Văn Học - Nghệ Thuật")]
    public void Title_case(string text, string expected) => Assert.Equal(expected, VietnameseCase.ToTitleCase(text));

    [Theory]
    [InlineData("ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị")]
    [InlineData("“đấu tranh” phản bác", "“Đấu tranh” phản bác")]
    [InlineData("4 tích cực", "4 Tích cực")]
    [InlineData("", "")]
    public void Capitalize_first_letter_only(string text, string expected) => Assert.Equal(expected, VietnameseCase.CapitalizeFirst(text));

    [Theory]
    [InlineData("Chi bộ khu phố 5", "chi-bo-khu-pho-5")]
    [InlineData("Đảng bộ phường Tiến Thành", "dang-bo-phuong-tien-thanh")]
    [InlineData("Tuyệt đối tuân thủ “9 không”", "tuyet-doi-tuan-thu-9-khong")]
    [InlineData("  Ưu tiên -- ơn nghĩa!  ", "uu-tien-on-nghia")]
    [InlineData("Kỳ 3: Cán bộ, đảng viên", "ky-3-can-bo-dang-vien")]
    [InlineData("ĐỒNG XOÀI", "dong-xoai")]
    [InlineData("“”", "")]
    public void Slugs_are_ascii(string text, string expected) => Assert.Equal(expected, VietnameseSlug.ToSlug(text));

    [Fact]
    public void Slug_of_decomposed_text_matches_composed()
    {
        const string text = "Chi bộ ấp 3 Tân Thành";
        Assert.Equal(VietnameseSlug.ToSlug(text), VietnameseSlug.ToSlug(text.Normalize(NormalizationForm.FormD)));
    }
}
