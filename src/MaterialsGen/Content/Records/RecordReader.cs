using MaterialsGen.Content.Hygiene;
using MaterialsGen.Content.Schema;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content.Records;

/// <summary>
/// Reads mail-merge records from CSV, from a YAML list of maps, or from a sheet of an Excel workbook.
/// Each record becomes a <see cref="ContentMap"/> whose values keep their position, so a template error
/// on a record's field can name the row and column in the spreadsheet (the cell, in a workbook).
/// </summary>
internal static class RecordReader
{
    /// <summary>Reads records; the file extension (.csv, .yaml, .yml, .xlsx) chooses the format, <paramref name="sheet"/> a workbook's sheet.</summary>
    public static IReadOnlyList<ContentMap> Read(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        List<ContentMap> records;
        if (WorkbookReader.IsWorkbook(path))
        {
            records = WorkbookReader.Read(path, bytes.ToArray(), sheet, local) is { } table
                ? Checked(ReadRows(table.Rows, (line, column) => WorkbookReader.Cell(path, table.Sheet, line, column), local), local)
                : [];
        }
        else
        {
            var text = IsCsv(path) ? RecordText.Decode(path, bytes, local) : Utf8TextDecoder.Decode(path, bytes, local);
            records = text is null ? [] : ReadText(path, text, local);
        }

        diagnostics.AddRange(ContentLoader.InFileOrder(local.Items));
        return records;
    }

    /// <summary>Reads records from decoded text; the file extension chooses the format.</summary>
    public static IReadOnlyList<ContentMap> Read(string path, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var records = ReadText(path, text.TrimStart('\uFEFF'), local);
        diagnostics.AddRange(ContentLoader.InFileOrder(local.Items));
        return records;
    }

    private static bool IsCsv(string path) => Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    private static List<ContentMap> ReadText(string path, string text, DiagnosticBag diagnostics)
    {
        TextHygiene.CheckCharacters(path, text, diagnostics);
        var records = IsCsv(path)
            ? ReadRows(CsvParser.Parse(path, text, diagnostics), (line, column) => new SourceSpan(path, line, column), diagnostics)
            : ReadYaml(path, text, diagnostics);
        return Checked(records, diagnostics);
    }

    /// <summary>Every record checked for text pasted in legacy encodings; duplicate ids reported and dropped.</summary>
    private static List<ContentMap> Checked(List<ContentMap> records, DiagnosticBag diagnostics)
    {
        foreach (var record in records)
        {
            TextHygiene.CheckLegacyEncoding(record, diagnostics);
        }

        return WithoutDuplicateIds(records, diagnostics);
    }

    /// <summary>Records from rows of fields, the first naming the columns; <paramref name="at"/> turns a row and column into a place.</summary>
    private static List<ContentMap> ReadRows(IReadOnlyList<CsvRow> rows, Func<int, int, SourceSpan> at, DiagnosticBag diagnostics)
    {
        if (rows.Count == 0)
        {
            diagnostics.Error(ContentCodes.DocumentShape, "the file is empty; the first row names the columns", at(1, 1));
            return [];
        }

        var header = rows[0];
        var names = header.Fields.Select(f => new ContentScalar(f.Value.Trim(), at(f.Line, f.Column))).ToList();
        if (!CheckHeader(header, names, at, diagnostics))
        {
            return [];
        }

        if (rows.Count == 1)
        {
            diagnostics.Error(ContentCodes.ItemCount, "the file has a header row but no records", at(header.Line, 1));
        }

        var records = new List<ContentMap>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count != names.Count)
            {
                ReportFieldCount(row, names, at, diagnostics);
                continue;
            }

            var entries = new List<ContentEntry>(names.Count);
            for (var i = 0; i < names.Count; i++)
            {
                var field = row.Fields[i];
                var place = at(field.Line, field.Column);
                TextLength.Check(field.Value, place, diagnostics);
                var style = field.Quoted ? ContentScalarStyle.DoubleQuoted : ContentScalarStyle.Plain;
                entries.Add(new ContentEntry(names[i], new ContentScalar(field.Value, place, style) { Positions = field.Positions ?? TextPositions.Whole(place) }));
            }

            var record = new ContentMap(entries, at(row.Line, 1));
            ContentValidator.Validate(record, ContentSchema.Record, "record", diagnostics);
            records.Add(record);
        }

        return records;
    }

    private static bool CheckHeader(CsvRow header, List<ContentScalar> names, Func<int, int, SourceSpan> at, DiagnosticBag diagnostics)
    {
        var ok = true;
        var seen = new Dictionary<string, ContentScalar>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Value.Length == 0)
            {
                diagnostics.Error(ContentCodes.BadHeader, "a column has no name; every column of the header row needs one", name.Span);
                ok = false;
            }
            else if (!seen.TryAdd(name.Value, name))
            {
                diagnostics.Error(ContentCodes.BadHeader, $"column '{name.Value}' appears twice in the header (first at column {seen[name.Value].Span.Column})", name.Span);
                ok = false;
            }
        }

        if (!seen.ContainsKey("id"))
        {
            var suggestion = NearestName.Suggest("id", seen.Keys);
            diagnostics.Error(ContentCodes.MissingIdColumn, $"the header has no 'id' column; each record needs an id for its output names{suggestion}", at(header.Line, 1));
            ok = false;
        }

        return ok;
    }

    private static void ReportFieldCount(CsvRow row, List<ContentScalar> names, Func<int, int, SourceSpan> at, DiagnosticBag diagnostics)
    {
        var count = row.Fields.Count;
        if (count < names.Count)
        {
            var missing = string.Join(", ", names.Skip(count).Select(n => $"'{n.Value}'"));
            diagnostics.Error(ContentCodes.FieldCount, $"this row has {count} fields but the header has {names.Count}; missing {missing}", at(row.EndLine, row.EndColumn));
        }
        else
        {
            var extra = row.Fields[names.Count];
            diagnostics.Error(ContentCodes.FieldCount, $"this row has {count} fields but the header has {names.Count}; the extra fields start here (a value with a comma needs double quotes)", at(extra.Line, extra.Column));
        }
    }

    private static List<ContentMap> ReadYaml(string path, string text, DiagnosticBag diagnostics)
    {
        var root = YamlContentReader.Read(text, path, diagnostics);
        if (root is null)
        {
            return [];
        }

        ContentValidator.Validate(root, ContentSchema.Records, "records", diagnostics);
        return root is ContentList list ? [.. list.Items.OfType<ContentMap>().Where(m => m["id"] is ContentScalar)] : [];
    }

    // A second record with the same id would overwrite the first one's outputs.
    private static List<ContentMap> WithoutDuplicateIds(List<ContentMap> records, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ContentMap>(StringComparer.Ordinal);
        var unique = new List<ContentMap>(records.Count);
        foreach (var record in records)
        {
            var id = record.GetText("id");
            if (id is null || id.Length == 0)
            {
                unique.Add(record);
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Error(ContentCodes.DuplicateRecordId, $"duplicate id '{id}'; line {first["id"]!.Span.Line} already uses it", record["id"]!.Span);
                continue;
            }

            seen.Add(id, record);
            unique.Add(record);
        }

        return unique;
    }
}
