using MaterialsGen.Content;
using MaterialsGen.Content.Records;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Content;

/// <summary>The sample content in data/ is what new users copy: it must load without a single diagnostic.</summary>
public sealed class SampleDataTests
{
    private static readonly string DataDirectory = RepoRoot.Combine("data");

    public static TheoryData<string> ContentFiles() =>
        new(Directory.EnumerateFiles(DataDirectory, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Content_file_loads_without_diagnostics(string name)
    {
        var diagnostics = new DiagnosticBag();
        var document = ContentLoader.Load("data/" + name, File.ReadAllBytes(Path.Combine(DataDirectory, name)), diagnostics);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.NotNull(document);
        Assert.Equal(Path.GetFileNameWithoutExtension(name), document.Id);
    }

    [Fact]
    public void Content_files_have_distinct_ids_and_resolvable_references()
    {
        var diagnostics = new DiagnosticBag();
        var documents = LoadAll(diagnostics);
        var set = ContentSet.Create(documents, diagnostics);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.Equal(["article", "brand", "list", "list", "quotes", "references", "solutions"], documents.Select(d => d.Kind).Order(StringComparer.Ordinal));
        Assert.Equal("list", set["4-tich-cuc"]?.Kind);
    }

    [Fact]
    public void Each_file_points_its_editor_at_the_schema_of_its_kind()
    {
        foreach (var document in LoadAll(new DiagnosticBag()))
        {
            var firstLine = File.ReadLines(RepoRoot.Combine(document.Path)).First();
            Assert.Equal($"# yaml-language-server: $schema=schemas/{document.Kind}.schema.json", firstLine);
            Assert.True(File.Exists(Path.Combine(DataDirectory, "schemas", document.Kind + ".schema.json")), document.Path);
        }
    }

    [Fact]
    public void The_lists_carry_the_article_counts()
    {
        var documents = LoadAll(new DiagnosticBag()).ToDictionary(d => d.Id!);
        Assert.Equal(4, Items(documents["4-tich-cuc"]).Count);
        Assert.Equal(9, Items(documents["9-khong"]).Count);
        Assert.Equal(["Một là", "Hai là", "Ba là", "Bốn là", "Năm là"], Items(documents["giai-phap"]).Select(i => ((ContentMap)i).GetText("ordinal")));

        var quote = (ContentMap)((ContentMap)documents["bai-viet"].Root)["quote"]!;
        Assert.StartsWith("Nếu mỗi một cán bộ, đảng viên dùng smartphone", quote.GetText("text"), StringComparison.Ordinal);
        Assert.Equal("Võ Văn Thưởng", quote.GetText("by"));
    }

    [Fact]
    public void The_quotes_sample_is_the_article_closing_quote_word_for_word()
    {
        var documents = LoadAll(new DiagnosticBag()).ToDictionary(d => d.Id!);
        var article = (ContentMap)((ContentMap)documents["bai-viet"].Root)["quote"]!;
        var quotes = (ContentMap)documents["y-kien-lanh-dao"].Root;
        Assert.Equal("quotes", documents["y-kien-lanh-dao"].Kind);
        Assert.Equal("Ý kiến của lãnh đạo các cơ quan chức năng, các nhà khoa học", quotes.GetText("title"));
        var quote = (ContentMap)Assert.Single(Items(documents["y-kien-lanh-dao"]));
        Assert.Equal(article.GetText("text"), quote.GetText("text"));
        Assert.Equal(article.GetText("by"), quote.GetText("by"));
        Assert.Equal(article.GetText("role"), quote.GetText("role"));
    }

    /// <summary>The five solutions' full paragraphs, as the sample carries them.</summary>
    internal static IEnumerable<string> SolutionTexts() =>
        Items(LoadAll(new DiagnosticBag()).Single(d => d.Id == "giai-phap")).Select(i => ((ContentMap)i).GetText("text")!);

    [Fact]
    public void Branches_load_as_five_records()
    {
        var diagnostics = new DiagnosticBag();
        var records = RecordReader.Read("data/branches.csv", File.ReadAllBytes(Path.Combine(DataDirectory, "branches.csv")), diagnostics);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.Equal(5, records.Count);
        var first = records[0].ToPlainDictionary();
        Assert.Equal(["id", "branch", "parent", "place", "meeting_date", "secretary"], first.Keys);
        Assert.Equal("kp5-tien-thanh", first["id"]);
        Assert.Equal("Chi bộ khu phố 5", first["branch"]);
        Assert.Equal("Đảng bộ phường Tiến Thành", first["parent"]);
        Assert.Equal("Đồng Xoài", first["place"]);
        Assert.Equal("2024-01-10", first["meeting_date"]);
        Assert.Equal("Nguyễn Văn A", first["secretary"]);
    }

    private static List<ContentDocument> LoadAll(DiagnosticBag diagnostics) =>
        [.. Directory.EnumerateFiles(DataDirectory, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => ContentLoader.Load("data/" + Path.GetFileName(f), File.ReadAllBytes(f), diagnostics)!)];

    private static IReadOnlyList<ContentNode> Items(ContentDocument document) =>
        ((ContentList)((ContentMap)document.Root)["items"]!).Items;
}
