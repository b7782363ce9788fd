using System.Globalization;
using System.Text;
using MaterialsGen.Build;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Tests.Content;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>
/// The quotes infographic, the quote card and the five solutions build at every size their templates
/// declare, keep every glyph on the canvas, fill it, and keep text legible in a feed.
/// </summary>
public sealed class QuoteAndSolutionTemplateTests
{
    private const string Quote =
        "Nếu mỗi một cán bộ, đảng viên dùng smartphone, facebook mỗi ngày chủ động chia sẻ cho nhau một bài báo hay, một clip tốt, viết một bình luận tích cực, tìm kiếm một thông tin tốt đẹp, gửi đi thông điệp hay thì đã góp phần làm cho công tác tư tưởng tốt hơn.";

    public static TheoryData<string, int, string> QuoteCases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var template in new[] { "y-kien", "the-trich-dan" })
        {
            foreach (var size in Sizes(template))
            {
                foreach (var count in template == "y-kien" ? new[] { 1, 2, 3, 5 } : [1])
                {
                    data.Add(template, count, size);
                }
            }
        }

        return data;
    }

    private static System.Collections.Immutable.ImmutableArray<string> Sizes(string template) =>
        Build.TemplateInfo.Read(template, File.ReadAllText(RepoRoot.Combine("templates", template + ".sbn"))).Sizes;

    [Fact]
    public void The_quote_templates_declare_every_social_size()
    {
        Assert.Equal(Social.Order(StringComparer.Ordinal), Sizes("y-kien").Order(StringComparer.Ordinal));
        Assert.Equal(Social.Order(StringComparer.Ordinal), Sizes("the-trich-dan").Order(StringComparer.Ordinal));
        Assert.Equal(["a3", "portrait", "slide"], Sizes("giai-phap").Order(StringComparer.Ordinal));
    }

    private static readonly string[] Social = ["portrait", "square", "link", "slide"];

    [Theory]
    [MemberData(nameof(QuoteCases))]
    public void Quotes_fit_fill_and_stay_legible(string template, int count, string size)
    {
        using var project = new SampleProject();
        var yaml = new StringBuilder("kind: quotes\nid: thu\ntitle: Ý kiến của lãnh đạo các cơ quan chức năng, các nhà khoa học\nitems:\n");
        for (var i = 0; i < count; i++)
        {
            // Quotes of different lengths: the whole sentence, then shorter openings of it.
            var words = Quote.Split(' ');
            var opening = string.Join(' ', words.Take(words.Length - (i * 7))).TrimEnd(',') + (i == 0 ? string.Empty : "…");
            yaml.Append(CultureInfo.InvariantCulture, $"  - text: {opening}\n    by: Người phát biểu {i + 1}\n    role: Ủy viên Bộ Chính trị, Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam\n");
        }

        yaml.Append("source:\n  title: \"Kỳ 3: Cán bộ, đảng viên tiên phong bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng\"\n  publisher: Ban Tuyên giáo Tỉnh ủy Bình Phước\n");
        File.WriteAllText(Path.Combine(project.Root, "data", "thu.yaml"), yaml.ToString());

        // Up to three quotes of the article's length fit the portrait and the slide, two the square and the
        // link image; more may not at a legible size, and then the build says so at the template's line
        // instead of clipping or shrinking past the floor.
        var (document, diagnostics) = TemplateOutput.Compose(project.Root, template, ["data/thu.yaml"], size);
        if (document is null && count > (size is "link" or "square" ? 2 : 3))
        {
            var error = Assert.Single(diagnostics, d => d.IsError);
            Assert.Equal("MG0402", error.Code);
            Assert.Equal($"templates/{template}.sbn", error.Span.File);
            return;
        }

        Assert.True(document is not null, string.Join("\n", diagnostics));
        var page = document.Pages[0];
        AssertOnCanvasFilledAndLegible(page, size);

        var text = Drawn(page);
        var shown = template == "y-kien" ? count : 1;
        for (var i = 1; i <= shown; i++)
        {
            Assert.Contains($"Ngườiphátbiểu{i}", text, StringComparison.Ordinal);
        }

        Assert.Contains("Nếumỗimộtcánbộ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("portrait")]
    [InlineData("slide")]
    public void The_five_solutions_infographic_shows_each_ordinal_label_and_summary(string size)
    {
        var page = Laid(RepoPaths.Root, "giai-phap", ["data/giai-phap.yaml", "data/4-tich-cuc.yaml", "data/9-khong.yaml"], size).Pages[0];
        AssertOnCanvasFilledAndLegible(page, size);
        var text = Drawn(page);
        foreach (var ordinal in new[] { "Mộtlà:", "Hailà:", "Balà:", "Bốnlà:", "Nămlà:" })
        {
            Assert.Contains(ordinal, text, StringComparison.Ordinal);
        }

        Assert.Contains("Khaibáothôngtinchínhdanh", text, StringComparison.Ordinal);
        Assert.Contains("tuyệtđốituânthủ“9không”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_a3_poster_prints_every_solution_in_full()
    {
        var document = Laid(RepoPaths.Root, "giai-phap", ["data/giai-phap.yaml", "data/4-tich-cuc.yaml", "data/9-khong.yaml"], "a3", OutputFormat.Pdf);
        var page = Assert.Single(document.Pages);
        Assert.Equal((841.89f, 1190.55f), (MathF.Round(page.Size.Width, 2), MathF.Round(page.Size.Height, 2)));
        AssertOnCanvasFilledAndLegible(page, "a3");
        var text = Drawn(page);
        foreach (var solution in SampleDataTests.SolutionTexts())
        {
            Assert.Contains(solution.Replace(" ", string.Empty, StringComparison.Ordinal), text, StringComparison.Ordinal);
        }

        // The lists the solutions name are printed under them.
        Assert.Contains("Tíchcựcthích(like)", text, StringComparison.Ordinal);
        Assert.Contains("Khôngđểlộthôngtinbímật", text, StringComparison.Ordinal);
    }

    private static LaidOutDocument Laid(string root, string template, string[] data, string size, OutputFormat format = OutputFormat.Png)
    {
        var (document, diagnostics) = TemplateOutput.Compose(root, template, data, size, format);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return document;
    }

    private static string Drawn(PageFrame page) =>
        string.Concat(page.Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Select(r => r.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// Every glyph is on the canvas; the ink spans at least 80 % of its height with no empty band taller
    /// than 8 % (measured from the frames like the list infographics); no text is smaller than a feed
    /// shows legibly (20 px on the 1200×630 link image, 22 px at 1080 and 1920 wide; 9 pt on paper).
    /// </summary>
    private static void AssertOnCanvasFilledAndLegible(PageFrame page, string size)
    {
        var floor = size switch { "link" => 20f, "a3" => 9f, _ => 22f };
        foreach (var (offset, item) in page.Frame.Flatten())
        {
            if (item is GlyphRunItem run)
            {
                Assert.InRange(offset.X + run.Origin.X, -0.5f, page.Size.Width);
                Assert.InRange(offset.X + run.Origin.X + run.Width, 0, page.Size.Width + 0.5f);
                Assert.InRange(offset.Y + run.Origin.Y, 0, page.Size.Height);
                Assert.True(run.Size >= floor - 0.01f, $"text \"{run.Text}\" is {run.Size:0.#} px, under the {floor} px floor at {size}");
            }
        }

        var ink = InkCoverage.Measure(page);
        Assert.True(ink.Coverage >= 0.8, $"{size}: {ink}");
        Assert.True(ink.GapShare <= 0.08, $"{size}: {ink}");
    }
}
