using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content.Records;

/// <summary>
/// Reads one sheet of an Excel workbook (.xlsx) as rows of cells, each at its own row and column, so a
/// record's mistake is reported at its cell (<c>data/chi-bo.xlsx:Sheet1!E12</c>). Cells Excel left out
/// (empty ones) read as empty text; dates typed as dates read as <c>YYYY-MM-DD</c>; numbers as the
/// shortest text that is the same number; formulas as the value Excel last computed.
/// </summary>
internal static class WorkbookReader
{
    /// <summary>Excel's built-in number formats that show dates (ECMA-376 §18.8.30).</summary>
    private static readonly HashSet<uint> DateFormats = [14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    public static bool IsWorkbook(string path) => Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The rows of <paramref name="sheet"/> (or of the first sheet), and the sheet's name; null after an error.</summary>
    public static (IReadOnlyList<CsvRow> Rows, string Sheet)? Read(string path, byte[] bytes, string? sheet, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var chosen = sheet is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => s.Name?.Value == sheet);
            if (workbook is null || chosen?.Id?.Value is not { } id)
            {
                var names = sheets.Select(s => s.Name?.Value ?? string.Empty).ToList();
                diagnostics.Error(
                    ContentCodes.MissingSheet,
                    sheet is null ? "the workbook has no sheet" : $"the workbook has no sheet '{sheet}'; its sheets are {string.Join(", ", names.Select(n => $"'{n}'"))}{NearestName.Suggest(sheet, names)}",
                    SourceSpan.FileOnly(path));
                return null;
            }

            var name = chosen.Name?.Value ?? "Sheet1";
            var part = (WorksheetPart)workbook.GetPartById(id);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var dateStyles = DateStyles(workbook);
            var rows = new List<CsvRow>();
            var headerWidth = 0;
            uint next = 1;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var line = (int)(row.RowIndex?.Value ?? next);
                next = (uint)line + 1;
                var cells = new SortedDictionary<int, string>();
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                    if (Value(cell, strings, dateStyles) is { } value)
                    {
                        cells[column] = value;
                    }
                    else
                    {
                        diagnostics.Error(ContentCodes.CellError, $"the cell holds the error {cell.CellValue?.Text}, not a value; correct its formula or type the value", Cell(path, name, line, column));
                    }
                }

                if (cells.Values.All(v => v.Length == 0))
                {
                    continue;
                }

                // Excel leaves empty cells out: a row is as wide as the header at least.
                var width = Math.Max(headerWidth, cells.Keys.Max());
                headerWidth = headerWidth == 0 ? width : headerWidth;
                var fields = Enumerable.Range(1, width).Select(c => new CsvField(cells.GetValueOrDefault(c, string.Empty), line, c, Quoted: false, Positions: null)).ToList();
                rows.Add(new CsvRow(fields, line, line, width + 1));
            }

            return (rows, name);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Error(ContentCodes.BadWorkbook, $"the workbook cannot be read ({e.Message}); save it again in Excel as \"Excel Workbook (*.xlsx)\" or as \"CSV UTF-8\"", SourceSpan.FileOnly(path));
            return null;
        }
    }

    /// <summary>The place of a cell, printed <c>path:Sheet!E12</c>.</summary>
    public static SourceSpan Cell(string path, string sheet, int row, int column) => new(path, row, column) { Sheet = sheet };

    /// <summary>The column number of a cell reference such as <c>E12</c>: A is 1, AA is 27.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column;
    }

    /// <summary>A cell's text, or null when it holds a formula error.</summary>
    private static string? Value(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.Error)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type is null || type == CellValues.Number)
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return raw;
            }

            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style))
            {
                return DateTime.FromOADate(number).ToString(number % 1 == 0 ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            }

            return number.ToString(CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The cell styles whose number format shows a date: a built-in date format, or a custom one with day, month or year in it.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateCode(f.FormatCode?.Value ?? string.Empty))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        uint index = 0;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (DateFormats.Contains(id) || custom.Contains(id))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    /// <summary>True for a format code that shows a date: a day or a year outside quotes and [brackets] (m alone may be minutes).</summary>
    private static bool IsDateCode(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '[' when !quoted:
                    bracket = true;
                    break;
                case ']' when !quoted:
                    bracket = false;
                    break;
                case 'd' or 'D' or 'y' or 'Y' when !quoted && !bracket:
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}
