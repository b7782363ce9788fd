using System.Text;
using MaterialsGen.Content;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Content;

public sealed class YamlContentReaderTests
{
    private const string Sample = """
        kind: list
        id: 4-tich-cuc
        title: 'Thực hiện “4 tích cực”'
        lead: >-
          Khi tham gia mạng xã hội,
          hoạt động trên không gian mạng.
        tone: do
        items:
          - label: Tích cực thích (like)
            text: Tích cực thích (like) bày tỏ cảm xúc.
          - text: ~
        """;

    [Fact]
    public void Keys_and_values_keep_their_line_and_column()
    {
        var root = Read(Sample);
        var map = Assert.IsType<ContentMap>(root);
        Assert.True(map.TryGetEntry("tone", out var tone));
        Assert.Equal((7, 1), (tone.Key.Span.Line, tone.Key.Span.Column));
        Assert.Equal((7, 7), (tone.Value.Span.Line, tone.Value.Span.Column));

        var items = Assert.IsType<ContentList>(map["items"]);
        var first = Assert.IsType<ContentMap>(items.Items[0]);
        Assert.Equal((9, 5), (first.Span.Line, first.Span.Column));
        Assert.Equal((10, 11), (first["text"]!.Span.Line, first["text"]!.Span.Column));
        Assert.Equal("test.yaml", first.Span.File);
    }

    [Fact]
    public void Scalars_keep_style_and_folded_text_is_joined()
    {
        var map = (ContentMap)Read(Sample)!;
        var title = (ContentScalar)map["title"]!;
        var lead = (ContentScalar)map["lead"]!;
        Assert.Equal(ContentScalarStyle.SingleQuoted, title.Style);
        Assert.Equal("Thực hiện “4 tích cực”", title.Value);
        Assert.Equal(ContentScalarStyle.Folded, lead.Style);
        Assert.Equal("Khi tham gia mạng xã hội, hoạt động trên không gian mạng.", lead.Value);
    }

    [Fact]
    public void Plain_null_is_null_but_quoted_null_is_text()
    {
        var map = (ContentMap)Read("a: ~\nb: 'null'\nc:\nd: !!null x\n")!;
        Assert.True(((ContentScalar)map["a"]!).IsNull);
        Assert.False(((ContentScalar)map["b"]!).IsNull);
        Assert.True(((ContentScalar)map["c"]!).IsNull);
        Assert.True(((ContentScalar)map["d"]!).IsNull);
        Assert.Equal("tag:yaml.org,2002:null", ((ContentScalar)map["d"]!).Tag);
        Assert.Null(map.ToPlainDictionary()["a"]);
        Assert.Equal("null", map.ToPlainDictionary()["b"]);
    }

    [Fact]
    public void Decomposed_input_is_composed_on_load()
    {
        var nfd = "title: Đảng viên tiên phong\n".Normalize(NormalizationForm.FormD);
        var map = (ContentMap)Read(nfd)!;
        var value = ((ContentScalar)map["title"]!).Value;
        Assert.Equal("Đảng viên tiên phong", value);
        Assert.True(value.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(20, value.Length);
    }

    [Fact]
    public void Plain_object_keeps_order_and_shapes()
    {
        var plain = Read(Sample)!.ToPlainObject();
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(plain);
        Assert.Equal(["kind", "id", "title", "lead", "tone", "items"], map.Keys);
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["items"]);
        var first = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(items[0]);
        Assert.Equal("Tích cực thích (like)", first["label"]);
        var second = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(items[1]);
        Assert.Null(second["text"]);
    }

    [Fact]
    public void Syntax_errors_become_a_diagnostic_not_an_exception()
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlContentReader.Read("a: [1, 2\nb: c\n", "bad.yaml", diagnostics);
        Assert.Null(root);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("MG0101", error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("bad.yaml:1:6: error MG0101: YAML syntax error: the text after this point cannot be read; look for an unclosed '[', '{' or quote", error.ToString());
    }

    /// <summary>Damaged copies of the sample data: whatever the damage, the reader reports and never throws.</summary>
    [Fact]
    public void Damaged_input_never_throws()
    {
        var inserts = new[] { "[", "]", "{", "\"", "'", ": ", "&a ", "*a", "!!", "\t", "- ", "\n  ", "%", "|", "?", "\u200B" };
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(RepoRoot.Combine("data"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            for (var at = 0; at < text.Length; at += 37)
            {
                var damaged = text.Insert(at, inserts[count++ % inserts.Length]);
                var diagnostics = new DiagnosticBag();
                var exception = Record.Exception(() => ContentLoader.Load("damaged.yaml", damaged, diagnostics));
                Assert.True(exception is null, $"{Path.GetFileName(file)} at {at}: {exception}");
                var truncated = new DiagnosticBag();
                Assert.Null(Record.Exception(() => ContentLoader.Load("truncated.yaml", text[..at], truncated)));
            }
        }

        Assert.True(count > 100);
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlContentReader.Read("# only a comment\n", "empty.yaml", diagnostics));
        Assert.Equal("empty.yaml:2:1: error MG0103: the file is empty", Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void Complex_keys_are_rejected()
    {
        var diagnostics = new DiagnosticBag();
        var map = (ContentMap)YamlContentReader.Read("? [a, b]\n: c\nd: e\n", "k.yaml", diagnostics)!;
        Assert.Equal(["d"], map.Keys);
        Assert.Equal("k.yaml:1:3: error MG0105: a key must be a plain name, found a list of items", Assert.Single(diagnostics.Items).ToString());
    }

    private static ContentNode? Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlContentReader.Read(text, "test.yaml", diagnostics);
        Assert.Empty(diagnostics.Items);
        return root;
    }
}
