using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Layout;

/// <summary>
/// Every glyph keeps where it came from, so a preview can map a click on a word back to the content
/// file:line:col and the template line that printed it, through escaping and multi-line YAML values.
/// </summary>
public sealed class GlyphOriginTests : IDisposable
{
    private const string Template = """
        <document>
          <page>
            <p>{{ doc.lead }}</p>
            <list>
        {{~ for item in doc.items ~}}
              <item><b>{{ item.label }}:</b> {{ item.text }}</item>
        {{~ end ~}}
            </list>
          </page>
        </document>
        """;

    private const string Content = """
        kind: list
        id: x
        title: Thực hiện “4 tích cực”
        lead: >-
          Khi tham gia mạng xã hội, cán bộ, đảng viên chủ động
          lan tỏa thông tin tích cực, góp phần “phủ xanh”
          thông tin tích cực.
        tone: do
        items:
          - label: Tích cực bình luận
            text: Bình luận theo hướng đồng thuận.
          - label: Tích cực chia sẻ
            text: "Chia sẻ tin & ảnh <mới>, “trích dẫn” và 'ý kiến' đúng nguồn."
        """;

    private readonly ContentRunner _runner = new(Template);

    public void Dispose() => _runner.Dispose();

    private MaterialsGen.Layout.Paging.LaidOutDocument Laid()
    {
        var (document, diagnostics) = _runner.Lay(Content);
        Assert.True(document is not null, string.Join("\n", diagnostics));
        return document;
    }

    [Fact]
    public void A_word_in_a_list_item_maps_to_its_content_line_and_column_and_the_printing_template_line()
    {
        var document = Laid();

        var origin = ContentRunner.Click(document, "đồng thuận");

        Assert.Equal("data/x.yaml:11:32", origin.Value.ToString());
        Assert.Equal("templates/t.sbn:6:41", origin.Written.ToString());
    }

    [Fact]
    public void Origins_step_over_escaped_ampersands_angle_brackets_and_quotes()
    {
        var document = Laid();

        // In the markup these follow "&amp;", "&lt;", "&gt;" and "&apos;": one content character each.
        Assert.Equal("data/x.yaml:13:26", ContentRunner.Click(document, "ảnh").Value.ToString());
        Assert.Equal("data/x.yaml:13:31", ContentRunner.Click(document, "mới").Value.ToString());
        Assert.Equal("data/x.yaml:13:49", ContentRunner.Click(document, "và").Value.ToString());
        Assert.Equal("data/x.yaml:13:53", ContentRunner.Click(document, "ý kiến").Value.ToString());
    }

    [Fact]
    public void Each_word_of_a_folded_scalar_maps_to_its_own_line()
    {
        var document = Laid();

        Assert.Equal("data/x.yaml:5:3", ContentRunner.Click(document, "Khi").Value.ToString());
        Assert.Equal("data/x.yaml:6:3", ContentRunner.Click(document, "lan").Value.ToString());
        Assert.Equal("data/x.yaml:6:31", ContentRunner.Click(document, "góp").Value.ToString());
        Assert.Equal("data/x.yaml:7:18", ContentRunner.Click(document, "cực.").Value.ToString());
        Assert.Equal("templates/t.sbn:3:11", ContentRunner.Click(document, "Khi").Written.ToString());
    }

    [Fact]
    public void Template_text_maps_to_its_own_template_column()
    {
        var document = Laid();

        var origin = ContentRunner.Click(document, ":");

        Assert.False(origin.IsContent);
        Assert.Equal("templates/t.sbn:6:32", origin.Written.ToString());
    }

    [Fact]
    public void A_shared_paragraph_reports_a_missing_glyph_at_each_document_own_content_line()
    {
        // The same item text in two files at different lines: the second document's paragraph comes from
        // the cache the first filled, and must still be located in its own file.
        var first = Content.Replace("Bình luận theo hướng đồng thuận.", "Bình luận ༀ đồng thuận.", StringComparison.Ordinal);
        var second = first.Replace("items:\n", "items:\n  - label: Mở đầu\n    text: Mở đầu.\n", StringComparison.Ordinal);

        var (_, a) = _runner.Lay(first, "data/a.yaml");
        var (_, b) = _runner.Lay(second, "data/b.yaml");

        var errorA = Assert.Single(a, d => d.Code == "MG0301");
        var errorB = Assert.Single(b, d => d.Code == "MG0301");
        Assert.Equal("data/a.yaml:11:21", errorA.Span.ToString());
        Assert.Equal("data/b.yaml:13:21", errorB.Span.ToString());
        Assert.Equal("templates/t.sbn:6:41: note: printed here", Assert.Single(errorB.Notes).ToString());
    }
}
