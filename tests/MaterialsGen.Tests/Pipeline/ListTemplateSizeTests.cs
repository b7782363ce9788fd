using MaterialsGen.Project;
using System.Globalization;
using System.Text;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

public class ListTemplateSizeTests
{
    private static readonly string[] Labels =
    [
        "Không thích (like) những thông tin sai trái",
        "Tích cực chia sẻ (share) rộng rãi các thông tin tích cực",
        "Không viết bài hoặc cung cấp tài liệu sai sự thật",
        "Tích cực đăng tin, bài, hình ảnh về gương người tốt việc tốt ở địa phương",
        "Không để lộ thông tin bí mật",
    ];

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var count in new[] { 3, 9, 15 })
        {
            foreach (var size in new[] { "portrait", "square", "link", "slide" })
            {
                data.Add(count, size);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_list_of_any_length_fits_or_fails_with_a_located_error_never_clipped(int count, string size)
    {
        using var project = new SampleProject();
        var yaml = new StringBuilder("kind: list\nid: thu\ntitle: Danh sách thử\nlead: Một đoạn dẫn ngắn cho danh sách thử.\ntone: do\nitems:\n");
        for (var i = 0; i < count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - label: {Labels[i % Labels.Length]}\n    text: {Labels[i % Labels.Length]}, nêu rõ trong một câu dài hơn để thử.\n");
        }

        File.WriteAllText(Path.Combine(project.Root, "data", "thu.yaml"), yaml.ToString());
        using var workspace = new Workspace(project.Root);
        var entry = new ManifestEntry("thu", "infographic", [ProjectPath.Parse("data/thu.yaml")], null, [OutputFormat.Png], [size], SourceSpan.None);
        var bag = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, new OutputJob("thu", entry, OutputFormat.Png, size, null, "thu.png"), bag);
        if (document is null)
        {
            var error = Assert.Single(bag.Items, d => d.IsError);
            Assert.Equal("MG0402", error.Code);
            Assert.Equal("templates/infographic.sbn", error.Span.File);
            return;
        }

        var page = document.Pages[0];
        foreach (var (offset, item) in page.Frame.Flatten())
        {
            if (item is GlyphRunItem run)
            {
                Assert.InRange(offset.X + run.Origin.X + run.Width, 0, page.Size.Width + 0.5f);
                Assert.InRange(offset.Y + run.Origin.Y, 0, page.Size.Height);
            }
        }

        var text = string.Concat(page.Frame.Flatten().Select(x => x.Item).OfType<GlyphRunItem>().Select(r => r.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains(count.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }
}
