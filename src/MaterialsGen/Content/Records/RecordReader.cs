using MaterialsGen.Content.Hygiene;
using MaterialsGen.Content.Schema;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content.Records;

/// <summary>
/// Reads mail-merge records from CSV or from a YAML list of maps. Each record becomes a
/// <see cref="ContentMap"/> whose values keep their position, so a template error on a record's
/// field can name the row and column in the spreadsheet.
/// </summary>
internal static class RecordReader
{
    /// <summary>Reads records; the file extension (.csv, .yaml, .yml) chooses the format.</summary>
    public static IReadOnlyList<ContentMap> Read(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var text = Utf8TextDecoder.Decode(path, bytes, local);
        var records = text is null ? [] : ReadText(path, text, local);
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

    private static List<ContentMap> ReadText(string path, string text, DiagnosticBag diagnostics)
    {
        TextHygiene.CheckCharacters(path, text, diagnostics);
        var records = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReadCsv(path, text, diagnostics)
            : ReadYaml(path, text, diagnostics);
        foreach (var record in records)
        {
            TextHygiene.CheckLegacyEncoding(record, diagnostics);
        }

        return WithoutDuplicateIds(records, diagnostics);
    }

    private static List<ContentMap> ReadCsv(string path, string text, DiagnosticBag diagnostics)
    {
        var rows = CsvParser.Parse(path, text, diagnostics);
        if (rows.Count == 0)
        {
            diagnostics.Error(ContentCodes.DocumentShape, "the file is empty; the first row names the columns", new SourceSpan(path, 1, 1));
            return [];
        }

        var header = rows[0];
        var names = header.Fields.Select(f => new ContentScalar(f.Value.Trim(), new SourceSpan(path, f.Line, f.Column))).ToList();
        if (!CheckHeader(path, header, names, diagnostics))
        {
            return [];
        }

        if (rows.Count == 1)
        {
            diagnostics.Error(ContentCodes.ItemCount, "the file has a header row but no records", new SourceSpan(path, header.Line, 1));
        }

        var records = new List<ContentMap>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count != names.Count)
            {
                ReportFieldCount(path, row, names, diagnostics);
                continue;
            }

            var entries = new List<ContentEntry>(names.Count);
            for (var i = 0; i < names.Count; i++)
            {
                var field = row.Fields[i];
                TextLength.Check(field.Value, new SourceSpan(path, field.Line, field.Column), diagnostics);
                var style = field.Quoted ? ContentScalarStyle.DoubleQuoted : ContentScalarStyle.Plain;
                entries.Add(new ContentEntry(names[i], new ContentScalar(field.Value, new SourceSpan(path, field.Line, field.Column), style) { Positions = field.Positions }));
            }

            var record = new ContentMap(entries, new SourceSpan(path, row.Line, 1));
            ContentValidator.Validate(record, ContentSchema.Record, "record", diagnostics);
            records.Add(record);
        }

        return records;
    }

    private static bool CheckHeader(string path, CsvRow header, List<ContentScalar> names, DiagnosticBag diagnostics)
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
            diagnostics.Error(ContentCodes.MissingIdColumn, $"the header has no 'id' column; each record needs an id for its output names{suggestion}", new SourceSpan(path, header.Line, 1));
            ok = false;
        }

        return ok;
    }

    private static void ReportFieldCount(string path, CsvRow row, List<ContentScalar> names, DiagnosticBag diagnostics)
    {
        var count = row.Fields.Count;
        if (count < names.Count)
        {
            var missing = string.Join(", ", names.Skip(count).Select(n => $"'{n.Value}'"));
            diagnostics.Error(ContentCodes.FieldCount, $"this row has {count} fields but the header has {names.Count}; missing {missing}", new SourceSpan(path, row.EndLine, row.EndColumn));
        }
        else
        {
            var extra = row.Fields[names.Count];
            diagnostics.Error(ContentCodes.FieldCount, $"this row has {count} fields but the header has {names.Count}; the extra fields start here (a value with a comma needs double quotes)", new SourceSpan(path, extra.Line, extra.Column));
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
