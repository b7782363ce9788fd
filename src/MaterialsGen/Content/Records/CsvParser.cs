using System.Text;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content.Records;

/// <summary>
/// RFC 4180 CSV as spreadsheets write it: comma separated (or semicolon or tab, as Excel writes it where
/// the decimal mark is a comma, as in Vietnamese), fields optionally in double quotes,
/// quotes doubled inside them, line breaks allowed inside quotes, CRLF or LF line ends. Blank
/// lines are skipped because spreadsheets leave them at the end of exports.
/// </summary>
internal sealed class CsvParser
{
    private readonly string _text;
    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly char _separator;
    private readonly SourceLines _lines;
    private int _index;
    private int _line = 1;
    private int _column = 1;

    private CsvParser(string path, string text, DiagnosticBag diagnostics)
    {
        _path = path;
        _text = text;
        _diagnostics = diagnostics;
        _separator = Separator(text);
        _lines = new SourceLines(path, text);
    }

    /// <summary>Parses all rows; stops at an unterminated quoted field, which swallows the rest of the file.</summary>
    public static IReadOnlyList<CsvRow> Parse(string path, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return new CsvParser(path, text, diagnostics).ParseRows();
    }

    private bool AtEnd => _index >= _text.Length;

    /// <summary>
    /// The separator the header row uses: the one of comma, semicolon and tab that it has most of, outside
    /// quotes (a one-column header has none, and is read as comma separated).
    /// </summary>
    internal static char Separator(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private char Current => _text[_index];

    private List<CsvRow> ParseRows()
    {
        var rows = new List<CsvRow>();
        while (!AtEnd)
        {
            var rowLine = _line;
            var fields = new List<CsvField>();
            while (true)
            {
                // A comma that ends the text still opens a field: an empty one.
                var field = !AtEnd && Current == '"' ? ReadQuoted() : ReadPlain();
                if (field is null)
                {
                    return rows;
                }

                fields.Add(field);
                if (!AtEnd && Current == _separator)
                {
                    Advance();
                    continue;
                }

                break;
            }

            var endLine = _line;
            var endColumn = _column;
            SkipLineBreak();
            if (fields is not [{ Value.Length: 0, Quoted: false }])
            {
                rows.Add(new CsvRow(fields, rowLine, endLine, endColumn));
            }
        }

        return rows;
    }

    private CsvField ReadPlain()
    {
        var line = _line;
        var column = _column;
        var start = _index;
        while (!AtEnd && Current != _separator && Current is not ('\r' or '\n'))
        {
            Advance();
        }

        return new CsvField(_text[start.._index], line, column, Quoted: false, TextPositions.Run(_lines, start));
    }

    private CsvField? ReadQuoted()
    {
        var line = _line;
        var column = _column;
        var start = _index;
        var value = new StringBuilder();
        Advance();
        while (true)
        {
            if (AtEnd)
            {
                _diagnostics.Error(ContentCodes.CsvSyntax, "quoted field is never closed; add the closing '\"'", new SourceSpan(_path, line, column));
                return null;
            }

            var c = Current;
            if (c == '"')
            {
                if (_index + 1 < _text.Length && _text[_index + 1] == '"')
                {
                    value.Append('"');
                    Advance();
                    Advance();
                    continue;
                }

                Advance();
                break;
            }

            if (c == '\r' && _index + 1 < _text.Length && _text[_index + 1] == '\n')
            {
                // A line break inside a field reads the same whichever line ends the file uses.
                Advance();
                continue;
            }

            value.Append(c);
            Advance();
        }

        if (!AtEnd && Current != _separator && Current is not ('\r' or '\n'))
        {
            _diagnostics.Error(ContentCodes.CsvSyntax, $"unexpected '{Current}' after a closing quote; a quote inside a quoted field is written twice (\"\")", new SourceSpan(_path, _line, _column));
            while (!AtEnd && Current != _separator && Current is not ('\r' or '\n'))
            {
                value.Append(Current);
                Advance();
            }
        }

        var text = value.ToString();
        return new CsvField(text, line, column, Quoted: true, ValuePositions.Find(_lines, _text, start + 1, _index, text, backslashEscapes: false));
    }

    private void SkipLineBreak()
    {
        if (!AtEnd && Current == '\r')
        {
            Advance();
        }

        if (!AtEnd && Current == '\n')
        {
            Advance();
        }
    }

    private void Advance()
    {
        var c = _text[_index++];
        var crBeforeLf = c == '\r' && !AtEnd && Current == '\n';
        if (c == '\n' || (c == '\r' && !crBeforeLf))
        {
            _line++;
            _column = 1;
        }
        else if (!crBeforeLf)
        {
            _column++;
        }
    }
}
