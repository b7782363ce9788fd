using System.Text.RegularExpressions;
using System.Xml.Linq;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Cli;

/// <summary>The interface in Vietnamese for people whose system speaks it, English otherwise; codes and places unchanged.</summary>
public sealed partial class LanguageTests
{
    private static readonly Dictionary<string, string> Vietnamese = new() { ["LANG"] = "vi_VN.UTF-8" };
    private static readonly Dictionary<string, string> English = new() { ["LANG"] = "en_US.UTF-8" };
    private static readonly string Resources = Path.Combine(RepoPaths.Root, "src", "MaterialsGen.Cli", "Resources");

    [Fact]
    public void A_vietnamese_system_gets_vietnamese_summaries_and_messages_with_the_same_codes_and_places()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "data", "9-khong.yaml"), "tone: dont", "tone: donts");
        var (exit, output, error) = SampleProject.RunWith(Vietnamese, "build", "--project", project.Root, "--only", "infographic-9-khong");
        Assert.Equal(1, exit);
        Assert.Matches(@"data/9-khong\.yaml:\d+:7: error MG0112: giá trị không thuộc các giá trị cho phép — tone must be one of do, dont, neutral; found 'donts'", error);
        Assert.Contains("lỗi output/infographic-9-khong.png", output, StringComparison.Ordinal);
        Assert.Contains("0 đã tạo, 0 đã mới nhất, 1 lỗi", output, StringComparison.Ordinal);

        (exit, output, error) = SampleProject.RunWith(English, "build", "--project", project.Root, "--only", "infographic-9-khong");
        Assert.Equal(1, exit);
        Assert.Matches(@"data/9-khong\.yaml:\d+:7: error MG0112: tone must be one of do, dont, neutral; found 'donts'", error);
        Assert.Contains("0 built, 0 up to date, 1 failed", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LANG", "vi_VN.UTF-8", "vi")]
    [InlineData("LC_ALL", "vi_VN", "vi")]
    [InlineData("LANGUAGE", "vi:en", "vi")]
    [InlineData("LANG", "C.UTF-8", "en")]
    [InlineData("LANG", "fr_FR.UTF-8", "en")]
    public void The_language_comes_from_the_system_the_way_posix_programs_read_it(string variable, string value, string language)
    {
        var (_, output, _) = SampleProject.RunWith(new Dictionary<string, string> { [variable] = value }, "--help");
        Assert.StartsWith(language == "vi" ? "Cách dùng:" : "Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_overrides_the_system_language_both_ways()
    {
        Assert.StartsWith("Usage:", SampleProject.RunWith(Vietnamese, "--lang", "en", "--help").Out, StringComparison.Ordinal);
        Assert.StartsWith("Cách dùng:", SampleProject.RunWith(English, "--help", "--lang=vi").Out, StringComparison.Ordinal);
        Assert.Equal(2, SampleProject.RunWith(English, "--lang", "fr", "check").Exit);
    }

    [Fact]
    public void Explain_speaks_vietnamese_from_the_vietnamese_catalogue()
    {
        var (exit, output, _) = SampleProject.RunWith(Vietnamese, "explain", "MG0301");
        Assert.Equal(0, exit);
        Assert.StartsWith("MG0301: không phông chữ nào có ký tự này", output, StringComparison.Ordinal);
        Assert.Contains("Cách sửa: thay ký tự đó", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vietnamese_catalogue_has_every_code_with_its_explanation_and_fix()
    {
        var english = DiagnosticCatalogue.All.Select(c => c.Code).Order(StringComparer.Ordinal);
        var vietnamese = DiagnosticCatalogue.AllVietnamese.Select(c => c.Code).Order(StringComparer.Ordinal);
        Assert.Equal(english, vietnamese);
        Assert.All(DiagnosticCatalogue.AllVietnamese, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title), c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Explanation), c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Fix), c.Code);
        });
    }

    [Fact]
    public void Both_resource_files_have_the_same_keys_and_every_key_the_code_asks_for()
    {
        static Dictionary<string, string> Read(string file) =>
            XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

        var english = Read("Messages.resx");
        var vietnamese = Read("Messages.vi.resx");
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), vietnamese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in english)
        {
            // The same placeholders, so a format never throws in one language only.
            Assert.Equal(Placeholder().Matches(value).Select(m => m.Value).Order(), Placeholder().Matches(vietnamese[key]).Select(m => m.Value).Order());
            Assert.NotEqual(value, vietnamese[key]);
        }

        var source = string.Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "MaterialsGen.Cli"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        var used = UsedKey().Matches(source).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        // The preview page asks for its words as {{PageX}} in its HTML and t("X") in preview.js.
        var assets = Path.Combine(RepoPaths.Root, "src", "MaterialsGen.Cli", "Preview", "Assets");
        var html = string.Concat(Directory.EnumerateFiles(assets, "*.html").Select(File.ReadAllText));
        used.UnionWith(PageKeyInHtml().Matches(html).Select(m => m.Groups[1].Value));
        used.UnionWith(PageKeyInScript().Matches(File.ReadAllText(Path.Combine(assets, "preview.js"))).Select(m => "Page" + m.Groups[1].Value));
        Assert.Equal([], used.Where(k => !english.ContainsKey(k)).Order(StringComparer.Ordinal));
        Assert.Equal([], english.Keys.Where(k => !used.Contains(k) && k is not ("OnePage" or "ManyPages")).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:[Tt]ext\[|Format\()""([A-Za-z]+)""")]
    private static partial Regex UsedKey();

    [GeneratedRegex(@"\{\{(Page[A-Za-z]+)\}\}")]
    private static partial Regex PageKeyInHtml();

    [GeneratedRegex(@"\bt\(""([A-Za-z]+)""")]
    private static partial Regex PageKeyInScript();
}
