using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MaterialsGen.Tests.Support;

/// <summary>Small .xlsx workbooks written the way Excel writes them (shared strings, numbers, date styles, formula errors).</summary>
internal static class Workbooks
{
    /// <summary>A cell: text (a shared string), a number, a date (a serial number with a date format), or a formula error.</summary>
    internal abstract record Value;

    internal sealed record TextValue(string Text) : Value;

    internal sealed record NumberValue(double Number) : Value;

    internal sealed record DateValue(DateTime Date) : Value;

    internal sealed record ErrorValue(string Error) : Value;

    public static Value T(string text) => new TextValue(text);

    /// <summary>A workbook whose sheets are given by name, each as rows of cells (null leaves a cell out, as Excel does for empty ones).</summary>
    public static byte[] Create(params (string Sheet, Value?[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill()),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var strings = new List<string>();
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c] is { } value)
                        {
                            row.Append(Cell(value, $"{(char)('A' + c)}{r + 1}", strings));
                        }
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            foreach (var text in strings)
            {
                shared.SharedStringTable.Append(new SharedStringItem(new Text(text)));
            }
        }

        return stream.ToArray();
    }

    private static Cell Cell(Value value, string reference, List<string> strings) => value switch
    {
        TextValue t => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Index(strings, t.Text)) },
        NumberValue n => new Cell { CellReference = reference, CellValue = new CellValue(n.Number) },
        DateValue d => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(d.Date.ToOADate()) },
        ErrorValue e => new Cell { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(e.Error) },
        _ => throw new ArgumentException("unknown cell value", nameof(value)),
    };

    private static int Index(List<string> strings, string text)
    {
        var index = strings.IndexOf(text);
        if (index < 0)
        {
            strings.Add(text);
            index = strings.Count - 1;
        }

        return index;
    }
}
