using System.Text;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>
/// Reads mail-merge records from CSV (RFC 4180): a header row, quoted fields with commas, doubled
/// quotes and line breaks, UTF-8 with or without BOM, CRLF or LF, empty values. Text is NFC.
/// </summary>
public static class CsvRecordReader
{
    public static List<IReadOnlyDictionary<string, object?>>? Read(string path, string relativePath, DiagnosticBag diagnostics)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).Normalize(NormalizationForm.FormC);
        var rows = Parse(text);
        if (rows.Count == 0)
        {
            diagnostics.Error("MG0122", "the records file has no header row", new SourceSpan(relativePath, 1, 1));
            return null;
        }

        var header = rows[0].Fields;
        if (!header.Contains("id"))
        {
            diagnostics.Error("MG0122", "the records file needs an 'id' column", new SourceSpan(relativePath, 1, 1));
        }

        var records = new List<IReadOnlyDictionary<string, object?>>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != header.Count)
            {
                diagnostics.Error("MG0120", $"row has {fields.Count} fields but the header has {header.Count}", new SourceSpan(relativePath, line, 1));
                continue;
            }

            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                record[header[i]] = fields[i];
            }

            if (record.GetValueOrDefault("id") is string id && !ids.Add(id))
            {
                diagnostics.Error("MG0121", $"duplicate id '{id}'", new SourceSpan(relativePath, line, 1));
            }

            records.Add(record);
        }

        return diagnostics.HasErrors ? null : records;
    }

    private static List<(int Line, List<string> Fields)> Parse(string text)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '\uFEFF' when i == 0:
                    break;
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add((rowLine, fields));
                    fields = [];
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields));
        }

        return rows;
    }
}
