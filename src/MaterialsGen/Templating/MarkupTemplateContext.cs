using MaterialsGen.Diagnostics;
using MaterialsGen.Markup;
using Scriban;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace MaterialsGen.Templating;

/// <summary>
/// A Scriban context that escapes every printed value unless it is <see cref="RawMarkup"/>, and records
/// where each piece of output came from (the source map markup and layout errors are reported through):
/// template text by its exact template position, a printed value by its expression's position and, when
/// the value is a content string printed unchanged, by the content file's positions.
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    private readonly List<OutputPiece> _pieces = [];
    private readonly List<IReadOnlyDictionary<object, TextPositions>> _origins = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, SourceLines> TemplateLines = [];
    private ScribanSpan? _expression;
    private OutputPiece? _printing;

    public MarkupTemplateContext()
        : base(SharedBuiltins.Instance)
    {
    }

    /// <summary>The output's pieces in order; <see cref="OutputPiece.Start"/> ascends.</summary>
    public OutputPiece[] Pieces => [.. _pieces];

    /// <summary>Content value positions by string instance, one table per content file or record the template sees.</summary>
    public void AddOrigins(IReadOnlyDictionary<object, TextPositions> origins)
    {
        if (!_origins.Exists(o => ReferenceEquals(o, origins)))
        {
            _origins.Add(origins);
        }
    }

    /// <summary>Where a value came from if it is a content string (the same instance a content file holds).</summary>
    public TextPositions? OriginOf(object? value)
    {
        if (value is string { Length: > 0 } text)
        {
            foreach (var table in _origins)
            {
                if (table.TryGetValue(text, out var positions))
                {
                    return positions;
                }
            }
        }

        return null;
    }

    /// <summary>Evaluates a node, stopping at the expression that grows a string past the limit (<c>a = a + a</c>).</summary>
    public override object Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (result is string { Length: >= SafetyLimits.TemplateOutputChars })
        {
            throw TooLong();
        }

        // A block prints an expression statement's value right after evaluating it, with the block's own
        // span: remember the statement, so the value maps to its expression and not to the loop around it.
        if (scriptNode is ScriptExpressionStatement)
        {
            _expression = scriptNode.Span;
        }

        return result!;
    }

    public override TemplateContext Write(ScribanSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        var raw = textAsObject as RawMarkup;
        var plain = raw?.Markup ?? ObjectToString(textAsObject) ?? string.Empty;
        var text = raw is null ? MarkupEscaper.Escape(plain) : plain;
        var at = _expression is { } expression && expression.FileName == span.FileName && expression.Start.Offset >= span.Start.Offset && expression.Start.Offset <= span.End.Offset
            ? expression
            : span;
        _printing = new OutputPiece(0, new SourceSpan(FileOf(at.FileName), at.Start.Line + 1, at.Start.Column + 1), null, 0, OriginOf(plain), ReferenceEquals(text, plain) ? null : plain);
        try
        {
            return Write(text);
        }
        finally
        {
            _printing = null;
        }
    }

    /// <summary>Turns a value to text, refusing one Scriban would cut at its length limit.</summary>
    public override string? ObjectToString(object? value, bool nested = false)
    {
        var text = base.ObjectToString(value, nested);
        return text is not null && text.Length >= LimitToString ? throw TooLong() : text;
    }

    private static TemplateLimitException TooLong() =>
        new($"a text value is longer than the limit of {SafetyLimits.TemplateOutputChars:N0} characters");

    /// <summary>Called by <see cref="MappingOutput"/> for every piece of text written at markup offset <paramref name="at"/>.</summary>
    internal void Track(string text, int startIndex, int count, int at)
    {
        if (count <= 0)
        {
            return;
        }

        if (_printing is { } printing)
        {
            _pieces.Add(printing with { Start = at });
        }
        else if (CurrentNode is ScriptRawStatement { Span: var span } && span.Start.Offset <= startIndex && startIndex + count <= span.End.Offset + 1 && span.End.Offset < text.Length)
        {
            // Template text is written straight from the template's source: the write's offset is the template's.
            _pieces.Add(new OutputPiece(at, SourceSpan.None, LinesOf(text, span.FileName), startIndex, null, null));
        }
        else if (CurrentNode is { Span: var other })
        {
            _pieces.Add(new OutputPiece(at, new SourceSpan(FileOf(other.FileName), other.Start.Line + 1, other.Start.Column + 1), null, 0, null, null));
        }
    }

    // A template's source text is immutable and lives as long as its parsed template: its line table is
    // made once, the first time the template writes, and goes when the text does.
    private static SourceLines LinesOf(string template, string? fileName)
    {
        if (!TemplateLines.TryGetValue(template, out var lines))
        {
            lines = new SourceLines(FileOf(fileName), template);
            TemplateLines.AddOrUpdate(template, lines);
        }

        return lines;
    }

    // Templates are parsed with their project path as the file name (TemplateRenderer).
    private static string FileOf(string? fileName) => string.IsNullOrEmpty(fileName) ? "template" : fileName;
}
