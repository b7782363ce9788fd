using MaterialsGen.Content;
using MaterialsGen.Content.Records;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Content;

/// <summary>Each character of a content value knows its line and column in the file, whatever YAML style wrote it.</summary>
public sealed class ValuePositionsTests
{
    private static ContentScalar Field(string yaml, string key)
    {
        var bag = new DiagnosticBag();
        var root = Assert.IsType<ContentMap>(YamlContentReader.Read(yaml, "data/x.yaml", bag));
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return Assert.IsType<ContentScalar>(root[key]);
    }

    private static string At(ContentScalar scalar, string word) => scalar.Positions!.At(scalar.Value.IndexOf(word, StringComparison.Ordinal)).ToString();

    [Fact]
    public void A_folded_block_maps_each_line_to_its_own_line()
    {
        var scalar = Field("kind: list\nlead: >-\n  Khi tham gia mạng xã hội,\n    cán bộ chủ động\n  lan tỏa thông tin.\n", "lead");

        Assert.Equal("data/x.yaml:3:3", At(scalar, "Khi"));
        Assert.Equal("data/x.yaml:4:5", At(scalar, "cán"));
        Assert.Equal("data/x.yaml:5:11", At(scalar, "thông"));
    }

    [Fact]
    public void A_literal_block_keeps_its_line_breaks_in_place()
    {
        var scalar = Field("kind: list\nlead: |\n  Một là,\n  Hai là,\n", "lead");

        Assert.Equal("data/x.yaml:3:3", At(scalar, "Một"));
        Assert.Equal("data/x.yaml:4:3", At(scalar, "Hai"));
    }

    [Fact]
    public void A_multi_line_plain_scalar_continues_on_the_next_line()
    {
        var scalar = Field("kind: list\ntitle: Tuyệt đối tuân thủ\n  “9 không”\n", "title");

        Assert.Equal("data/x.yaml:2:8", At(scalar, "Tuyệt"));
        Assert.Equal("data/x.yaml:3:3", At(scalar, "“9"));
    }

    [Fact]
    public void Escapes_and_doubled_quotes_stand_for_one_character_each()
    {
        var escaped = Field("kind: list\ntitle: \"Tab\\there \\u00E9 \\\"q\\\" end\"\n", "title");
        Assert.Equal("Tab\there é \"q\" end", escaped.Value);
        Assert.Equal("data/x.yaml:2:19", At(escaped, "é"));
        Assert.Equal("data/x.yaml:2:32", At(escaped, "end"));

        var single = Field("kind: list\ntitle: 'Ý kiến ''đúng'' nguồn'\n", "title");
        Assert.Equal("data/x.yaml:2:25", At(single, "nguồn"));
    }

    [Fact]
    public void A_csv_value_knows_its_row_and_column_through_quotes()
    {
        var bag = new DiagnosticBag();
        var records = RecordReader.Read("data/b.csv", "id,branch,date\nkp5,\"Chi bộ \"\"5\"\", phường\",2024-13-01\n", bag);

        var record = Assert.Single(records);
        var branch = Assert.IsType<ContentScalar>(record["branch"]);
        var date = Assert.IsType<ContentScalar>(record["date"]);
        Assert.Equal("data/b.csv:2:20", At(branch, "phường"));
        Assert.Equal("data/b.csv:2:28", date.Positions!.At(0).ToString());
    }
}
