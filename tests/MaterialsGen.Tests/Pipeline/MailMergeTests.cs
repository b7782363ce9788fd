using System.Text.RegularExpressions;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace MaterialsGen.Tests.Pipeline;

public sealed class MailMergeTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    public static TheoryData<string, string, string, string> Branches()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", "branches.csv")).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            data.Add(f[0], f[1], f[3], f[5]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Branches))]
    public void Each_branch_gets_its_own_handout_with_its_names_and_date(string id, string branch, string place, string secretary)
    {
        using var pdf = PdfDocument.Open(sample.Output($"tai-lieu-{id}.pdf"));
        var first = Regex.Replace(ContentOrderTextExtractor.GetText(pdf.GetPage(1)), @"\s+", " ");
        Assert.Contains(branch.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), first, StringComparison.Ordinal);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", first, StringComparison.Ordinal);
        Assert.Matches($"{Regex.Escape(place)}, ngày \\d{{2}} tháng (0[12]|[3-9]|1[0-2]) năm \\d{{4}}", first);
        var last = ContentOrderTextExtractor.GetText(pdf.GetPage(pdf.NumberOfPages));
        Assert.Contains(secretary, last, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_numbers_start_on_the_second_page()
    {
        using var pdf = PdfDocument.Open(sample.Output("tai-lieu-kp5-tien-thanh.pdf"));
        Assert.True(pdf.NumberOfPages >= 2);
        Assert.DoesNotMatch(@"^\s*1\s", ContentOrderTextExtractor.GetText(pdf.GetPage(1)));
        Assert.Matches(@"^\s*2\s", ContentOrderTextExtractor.GetText(pdf.GetPage(2)));
    }
}
