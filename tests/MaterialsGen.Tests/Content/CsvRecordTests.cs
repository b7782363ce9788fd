using System.Text;
using MaterialsGen.Content;
using MaterialsGen.Content.Records;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Content;

public sealed class CsvRecordTests
{
    [Fact]
    public void Bom_crlf_quoted_commas_doubled_quotes_and_newlines_read_as_written()
    {
        var bytes = File.ReadAllBytes(RepoRoot.Combine("tests", "MaterialsGen.Tests", "Content", "Golden", "csv-bom-crlf.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        var diagnostics = new DiagnosticBag();
        var records = RecordReader.Read("csv-bom-crlf.csv", bytes, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(3, records.Count);
        var first = records[0].ToPlainDictionary();
        Assert.Equal("id", first.Keys.First());
        Assert.Equal("Đảng bộ phường Tiến Thành, thành phố Đồng Xoài", first["parent"]);

        var second = records[1].ToPlainDictionary();
        Assert.Equal("Chi bộ ấp 3 \"Tân Thành\"", second["branch"]);
        Assert.Equal("Đảng bộ xã Tân Thành\n(ghi chú: hai dòng)", second["parent"]);
        Assert.Equal(string.Empty, second["meeting_date"]);
        Assert.Equal("Trần Thị B", second["secretary"]);

        var third = records[2].ToPlainDictionary();
        Assert.Equal("kp2-long-phuoc", third["id"]);
        Assert.Equal(string.Empty, third["secretary"]);
    }

    [Fact]
    public void Fields_know_their_row_line_and_column()
    {
        var bytes = File.ReadAllBytes(RepoRoot.Combine("tests", "MaterialsGen.Tests", "Content", "Golden", "csv-bom-crlf.csv"));
        var records = RecordReader.Read("csv-bom-crlf.csv", bytes, new DiagnosticBag());

        // The BOM is not a column; the quoted field starts at its opening quote.
        Assert.Equal(new SourceSpan("csv-bom-crlf.csv", 2, 1), records[0]["id"]!.Span);
        Assert.Equal(new SourceSpan("csv-bom-crlf.csv", 2, 33), records[0]["parent"]!.Span);

        // Row 3 spans two lines; fields after the embedded line break are on line 4.
        Assert.Equal(3, records[1].Span.Line);
        Assert.Equal(new SourceSpan("csv-bom-crlf.csv", 4, 22), records[1]["place"]!.Span);
        Assert.Equal(new SourceSpan("csv-bom-crlf.csv", 4, 32), records[1]["meeting_date"]!.Span);

        // A blank line is skipped but still counted.
        Assert.Equal(6, records[2].Span.Line);
        Assert.Equal("csv-bom-crlf.csv:6:1", records[2]["id"]!.Span.ToString());
    }

    [Fact]
    public void Lf_and_no_final_newline_are_fine()
    {
        var diagnostics = new DiagnosticBag();
        var records = RecordReader.Read("r.csv", "id,name\na,Một\nb,\"Hai, Ba\"", diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(["Một", "Hai, Ba"], records.Select(r => r.GetText("name")));
        Assert.Equal(ContentScalarStyle.DoubleQuoted, ((ContentScalar)records[1]["name"]!).Style);
    }

    [Fact]
    public void Header_without_records_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        RecordReader.Read("r.csv", "id,name\n", diagnostics);
        Assert.Equal("r.csv:1:1: error MG0116: the file has a header row but no records", Assert.Single(diagnostics.Items).ToString());
    }

    [Fact]
    public void Yaml_records_read_as_maps_with_positions()
    {
        var diagnostics = new DiagnosticBag();
        var records = RecordReader.Read("r.yaml", "- id: kp5-tien-thanh\n  branch: Chi bộ khu phố 5\n  secretary:\n", diagnostics);
        Assert.Empty(diagnostics.Items);
        var record = Assert.Single(records);
        Assert.Equal(new SourceSpan("r.yaml", 2, 11, 2, 27), record["branch"]!.Span);
        Assert.Null(record.ToPlainDictionary()["secretary"]);
    }
}
