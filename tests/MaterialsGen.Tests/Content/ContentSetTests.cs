using MaterialsGen.Content;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Content;

public sealed class ContentSetTests
{
    private const string List = "kind: list\nid: 4-tich-cuc\ntitle: Thực hiện “4 tích cực”\ntone: do\nitems:\n  - text: Tích cực thích (like).\n";

    [Fact]
    public void Unknown_reference_names_the_nearest_list()
    {
        var diagnostics = new DiagnosticBag();
        var documents = new[] { Load("list.yaml", List), Load("giai-phap.yaml", Solutions("4-tich-cu")) };
        ContentSet.Create(documents, diagnostics);
        Assert.Equal(
            "giai-phap.yaml:7:11: error MG0119: no list has the id '4-tich-cu'; did you mean '4-tich-cuc'?",
            Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void Reference_to_a_document_of_another_kind_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var documents = new[] { Load("list.yaml", List), Load("giai-phap.yaml", Solutions("giai-phap")) };
        ContentSet.Create(documents, diagnostics);
        Assert.Equal(
            "giai-phap.yaml:7:11: error MG0119: 'giai-phap' is a solutions (giai-phap.yaml), not a list",
            Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void Two_documents_with_one_id_are_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var set = ContentSet.Create([Load("a.yaml", List), Load("b.yaml", List)], diagnostics);
        Assert.Equal("b.yaml:2:5: error MG0106: id '4-tich-cuc' is already used by a.yaml", Assert.Single(diagnostics.Items).ToString());
        Assert.Equal("a.yaml", set["4-tich-cuc"]!.Path);
    }

    private static string Solutions(string reference) =>
        $"kind: solutions\nid: giai-phap\ntitle: Giải pháp\nitems:\n  - ordinal: Ba là\n    text: khi tham gia mạng xã hội.\n    list: {reference}\n";

    private static ContentDocument Load(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = ContentLoader.Load(path, text, diagnostics);
        Assert.Empty(diagnostics.Items);
        return document!;
    }
}
