using System.Text;
using MaterialsGen.Content.Records;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;
using static MaterialsGen.Tests.Support.Workbooks;

namespace MaterialsGen.Tests.Content;

/// <summary>Records as offices keep them: Excel workbooks, and the CSV files Vietnamese Excel saves.</summary>
public sealed class OfficeRecordsTests
{
    private static readonly string[] Header = ["id", "branch", "parent", "place", "meeting_date", "secretary"];

    private static Value?[] Row(params Value?[] cells) => cells;

    private static Value?[] HeaderRow() => [.. Header.Select(T)];

    private static (IReadOnlyList<IReadOnlyDictionary<string, object?>> Records, List<string> Messages) Read(string path, byte[] bytes, string? sheet = null)
    {
        var diagnostics = new DiagnosticBag();
        var records = RecordReader.Read(path, bytes, diagnostics, sheet);
        return ([.. records.Select(r => r.ToPlainDictionary())], [.. diagnostics.Items.Select(d => d.ToString())]);
    }

    [Fact]
    public void A_workbook_sheet_reads_as_records_with_dates_numbers_and_empty_cells()
    {
        var bytes = Create(("Chi bộ", [
            HeaderRow(),
            Row(T("kp5-tien-thanh"), T("Chi bộ khu phố 5"), T("Đảng bộ phường Tiến Thành"), T("Đồng Xoài"), new DateValue(new DateTime(2024, 1, 10)), T("Nguyễn Văn A")),
            Row(T("ap3-tan-thanh"), T("Chi bộ ấp 3"), null, T("Đồng Xoài"), T("2024-01-11"), new NumberValue(12.5)),
            Row(),
        ]));
        var (records, messages) = Read("data/chi-bo.xlsx", bytes);
        Assert.Empty(messages);
        Assert.Equal(2, records.Count);
        Assert.Equal("Chi bộ khu phố 5", records[0]["branch"]);
        Assert.Equal("2024-01-10", records[0]["meeting_date"]);
        Assert.Equal(string.Empty, records[1]["parent"]);
        Assert.Equal("2024-01-11", records[1]["meeting_date"]);
        Assert.Equal("12.5", records[1]["secretary"]);
    }

    [Fact]
    public void Mistakes_in_a_workbook_are_reported_at_their_sheet_and_cell()
    {
        var bytes = Create(
            ("Sheet1", [HeaderRow(), Row(T("kp5"), T("a")), Row(T("Khu Phố 5"), T("b"), T("c"), T("d"), T("e"), new ErrorValue("#REF!"))]),
            ("Danh sách", [Row(T("id"), T("branch")), Row(T("kp5"), T("a")), Row(T("kp5"), T("b"))]));
        var (_, messages) = Read("data/chi-bo.xlsx", bytes);
        Assert.Contains("data/chi-bo.xlsx:Sheet1!F3: error MG0143: the cell holds the error #REF!, not a value; correct its formula or type the value", messages);
        Assert.Contains(messages, m => m.StartsWith("data/chi-bo.xlsx:Sheet1!A3: error MG0114:", StringComparison.Ordinal));

        (_, messages) = Read("data/chi-bo.xlsx", bytes, "Danh sách");
        Assert.Equal(["data/chi-bo.xlsx:'Danh sách'!A3: error MG0121: duplicate id 'kp5'; line 2 already uses it"], messages);

        (_, messages) = Read("data/chi-bo.xlsx", bytes, "Danh sach");
        Assert.Equal(["data/chi-bo.xlsx: error MG0142: the workbook has no sheet 'Danh sach'; its sheets are 'Sheet1', 'Danh sách'; did you mean 'Danh sách'?"], messages);

        (_, messages) = Read("data/chi-bo.xlsx", Encoding.UTF8.GetBytes("id,branch\n"));
        Assert.Single(messages, m => m.StartsWith("data/chi-bo.xlsx: error MG0141: the workbook cannot be read", StringComparison.Ordinal) && m.Contains("Excel Workbook (*.xlsx)", StringComparison.Ordinal));
    }

    [Fact]
    public void Semicolon_separated_csv_from_vietnamese_excel_reads_like_comma_separated()
    {
        var comma = Read("r.csv", Encoding.UTF8.GetBytes("id,branch,secretary\nkp5,\"Chi bộ khu phố 5; phường Tiến Thành\",Nguyễn Văn A\n"));
        var semicolon = Read("r.csv", Encoding.UTF8.GetBytes("id;branch;secretary\r\nkp5;Chi bộ khu phố 5, phường Tiến Thành;Nguyễn Văn A\r\n"));
        Assert.Empty(comma.Messages);
        Assert.Empty(semicolon.Messages);
        Assert.Equal("Chi bộ khu phố 5; phường Tiến Thành", comma.Records[0]["branch"]);
        Assert.Equal("Chi bộ khu phố 5, phường Tiến Thành", semicolon.Records[0]["branch"]);
        Assert.Equal("Nguyễn Văn A", semicolon.Records[0]["secretary"]);

        // The place of a mistake is still its line and column.
        var (_, messages) = Read("r.csv", Encoding.UTF8.GetBytes("id;branch\nkp5;a\nKP 6;b\n"));
        Assert.Contains(messages, m => m.StartsWith("r.csv:3:1: error MG0114:", StringComparison.Ordinal));
    }

    [Fact]
    public void Unicode_text_from_excel_is_utf16_and_tab_separated_and_reads_as_is()
    {
        var text = "id\tbranch\r\nkp5\tChi bộ khu phố 5\r\n";
        var (records, messages) = Read("r.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        Assert.Empty(messages);
        Assert.Equal("Chi bộ khu phố 5", records[0]["branch"]);
    }

    [Fact]
    public void Windows_1258_csv_is_read_with_a_warning_to_save_as_utf8()
    {
        const string text = "id,branch,secretary\nkp5,Chi bộ khu phố 5,Nguyễn Văn Đức\nap3,Chi bộ ấp 3,Trần Thị Hằng\n";
        var (records, messages) = Read("data/chi-bo.csv", Windows1258(text));
        Assert.Equal("Chi bộ khu phố 5", records[0]["branch"]);
        Assert.Equal("Nguyễn Văn Đức", records[0]["secretary"]);
        Assert.Equal("Trần Thị Hằng", records[1]["secretary"]);
        Assert.True(((string)records[1]["secretary"]!).IsNormalized(NormalizationForm.FormC));
        var warning = Assert.Single(messages);
        Assert.StartsWith("data/chi-bo.csv:1:1: warning MG0140: the file is not UTF-8 but Windows-1258", warning, StringComparison.Ordinal);
        Assert.Contains("save it as \"CSV UTF-8 (Comma delimited)\"", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_in_another_encoding_is_an_error_that_says_to_save_as_csv_utf8()
    {
        // Latin-1 French has no Vietnamese letter: it is not mistaken for Windows-1258.
        var (records, messages) = Read("data/x.csv", Encoding.Latin1.GetBytes("id,name\nkp5,Hélène Dupré\n"));
        Assert.Empty(records);
        var error = Assert.Single(messages);
        Assert.StartsWith("data/x.csv:2:6: error MG0100: the file is not valid UTF-8 (byte 0xE9)", error, StringComparison.Ordinal);
        Assert.EndsWith("in Excel, save it as \"CSV UTF-8 (Comma delimited)\"", error, StringComparison.Ordinal);
    }

    /// <summary>Text as Excel writes it in Windows-1258: letters with their vowel marks composed, tone marks as separate characters.</summary>
    private static byte[] Windows1258(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var tones = "\u0300\u0301\u0303\u0309\u0323";
        var result = new StringBuilder();
        foreach (var c in text)
        {
            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var baseLetter = string.Concat(parts.Where(p => !tones.Contains(p, StringComparison.Ordinal))).Normalize(NormalizationForm.FormC);
            result.Append(baseLetter).Append(string.Concat(parts.Where(p => tones.Contains(p, StringComparison.Ordinal))));
        }

        return Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(result.ToString());
    }
}
