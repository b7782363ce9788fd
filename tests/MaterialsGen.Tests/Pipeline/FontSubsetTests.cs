using System.Text;
using System.Text.RegularExpressions;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

public sealed class FontSubsetTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Embedded_fonts_are_real_subsets_not_whole_files()
    {
        var pdf = File.ReadAllBytes(sample.Output("tai-lieu-kp5-tien-thanh.pdf"));
        var lengths = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Length1 (\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(lengths);
        var smallestFontFile = Directory.GetFiles(RepoPaths.Fonts, "*.ttf", SearchOption.AllDirectories).Min(f => new FileInfo(f).Length);
        Assert.All(lengths, length => Assert.True(length < smallestFontFile / 2, $"an embedded font of {length} bytes is not a subset"));
        Assert.True(pdf.Length < 150_000, $"the handout is {pdf.Length} bytes");
    }
}
