using MaterialsGen.Diagnostics;
using Scriban;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace MaterialsGen.Templating;

/// <summary>
/// A Scriban context that escapes every printed value unless it is <see cref="RawMarkup"/>, and records
/// which template line produced each line of output (the source map markup errors are reported through).
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    private readonly List<SourceSpan> _lineOrigins = [SourceSpan.None];
    private ScribanSpan? _writing;

    /// <summary>Origin of each output line, index 0 for line 1.</summary>
    public IReadOnlyList<SourceSpan> LineOrigins => _lineOrigins;

    public override TemplateContext Write(ScribanSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        var text = textAsObject is RawMarkup raw ? raw.Markup : MarkupEscaper.Escape(ObjectToString(textAsObject) ?? string.Empty);
        _writing = span;
        try
        {
            return Write(text);
        }
        finally
        {
            _writing = null;
        }
    }

    /// <summary>Called by <see cref="MappingOutput"/> for every piece of text written.</summary>
    internal void Track(string text, int startIndex, int count)
    {
        var span = _writing ?? CurrentNode?.Span;
        var fromRawText = _writing is null && CurrentNode is ScriptRawStatement;
        var newlines = 0;
        if (span is { } s && _lineOrigins[^1].IsNone && count > 0)
        {
            _lineOrigins[^1] = ToSpan(s, 0);
        }

        for (var i = startIndex; i < startIndex + count; i++)
        {
            if (text[i] == '\n')
            {
                newlines++;
                _lineOrigins.Add(span is { } origin ? ToSpan(origin, fromRawText ? newlines : 0) : SourceSpan.None);
            }
        }
    }

    private static SourceSpan ToSpan(ScribanSpan span, int lineOffset)
    {
        // Templates are parsed with their project path as the file name (TemplateRenderer).
        var file = string.IsNullOrEmpty(span.FileName) ? "template" : span.FileName;
        // A line that starts inside template text is a verbatim copy of its template line, so markup
        // columns are template columns there: column 0 tells the source map to keep the markup's column.
        return new SourceSpan(file, span.Start.Line + 1 + lineOffset, lineOffset == 0 ? span.Start.Column + 1 : 0);
    }
}
