using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// A paragraph of styled spans. Splits between lines across pages, keeping at least
/// <see cref="ParagraphStyle.MinLinesAtBreak"/> lines on each side (no widows or orphans).
/// </summary>
internal sealed record ParagraphBlock(ImmutableArray<TextSpan> Spans, ParagraphStyle Style) : Block
{
    private readonly ParagraphCache _cache = new();

    /// <summary>
    /// Scales with <see cref="LayoutContext.FitScale"/>: down to <see cref="ParagraphStyle.MinFontSize"/>,
    /// and up to <see cref="ParagraphStyle.MaxFontSize"/> when that is set (fit="fill").
    /// </summary>
    public bool Fit { get; init; }

    /// <summary>At most this many lines (0: any); more is a paragraph that does not fit, so a canvas shrinks it or a choice moves on.</summary>
    public int MaxLines { get; init; }

    /// <summary>Heading level (1–3) for the document outline; 0 for body text.</summary>
    public int OutlineLevel { get; init; }

    /// <summary>The markup class the paragraph was written with (<c>class="body"</c>): a named style in editable formats.</summary>
    public string? StyleName { get; init; }

    /// <summary>Index of the first line still to place: the resume state after a page break.</summary>
    public int FromLine { get; init; }

    /// <summary>The index in the paragraph text where <see cref="FromLine"/> starts, to name the text still to place.</summary>
    public int FromIndex { get; init; }

    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var lines = Lines(context, width);
        if (MaxLines > 0 && FromLine == 0 && lines.Count > MaxLines)
        {
            return BlockResult.Wrap(string.Create(CultureInfo.InvariantCulture, $"paragraph needs {lines.Count} lines, max-lines allows {MaxLines}"), Source);
        }

        if (context.MinTextSize > 0)
        {
            CheckLegibility(context);
        }

        var y = 0f;
        var count = 0;
        for (var i = FromLine; i < lines.Count; i++)
        {
            if (y + lines[i].Height > height + 0.01f)
            {
                break;
            }

            y += lines[i].Height;
            count++;
        }

        var remaining = lines.Count - FromLine;
        if (count == remaining)
        {
            ReportBrokenWords(context, lines, FromLine, count, width);
            return BlockResult.Full(Draw(lines, FromLine, count, width, Anchor()));
        }

        var keep = Math.Min(Style.MinLinesAtBreak, remaining);
        if (context.IgnoreKeep)
        {
            keep = 1;
        }

        if (remaining - count < keep)
        {
            count = remaining - keep;
        }

        if (count < keep || count <= 0)
        {
            var needed = lines[FromLine].Height * Math.Max(1, keep);
            return BlockResult.Wrap(
                string.Create(CultureInfo.InvariantCulture, $"paragraph needs {needed:0.#} pt for its first lines, {Math.Max(0, height):0.#} pt left"),
                TextOrigin(context));
        }

        ReportBrokenWords(context, lines, FromLine, count, width);
        return BlockResult.Partial(
            Draw(lines, FromLine, count, width, Anchor()),
            this with { FromLine = FromLine + count, FromIndex = lines[FromLine + count].Start, SpaceBefore = 0 });
    }

    /// <summary>Where the text still to place begins: its content position, and the template line that printed it.</summary>
    internal SourceOrigin TextOrigin(LayoutContext context) => OriginAt(context, Prepared(context), FromIndex);

    public override float MinWidth(LayoutContext context) => LineSetter.MinContentWidth(Prepared(context));

    public override float MaxWidth(LayoutContext context) => LineSetter.MaxContentWidth(Prepared(context));

    /// <summary>The lines for a width; exposed for layout tests.</summary>
    internal IReadOnlyList<TextLine> Lines(LayoutContext context, float width)
    {
        var prepared = Prepared(context);
        return _cache.Lines(prepared, width, _cache.Origins(prepared, Spans));
    }

    internal PreparedParagraph Prepared(LayoutContext context)
    {
        var scale = Fit ? Math.Clamp(context.FitScale, ScaleRange(context).Lower, ScaleRange(context).Upper) : 1;
        var hasFields = Spans.Any(s => s.Field != TextField.None);
        var key = (scale, hasFields ? context.PageNumber : 0, hasFields ? context.PageCount : 0);
        var prepared = _cache.Prepared(key, () => context.Fonts.Paragraphs.Get(Resolve(context), Style, context.Fonts, scale));

        // Reported on every use, not only when prepared: a fitting attempt keeps only its own diagnostics,
        // and the bag drops repeats. A shared paragraph's problems are located at this paragraph's origins.
        foreach (var problem in prepared.Problems)
        {
            context.Diagnostics.Add(problem.AtElement
                ? new Diagnostic(problem.Severity, problem.Code, problem.Message, SpanAt(prepared, problem.Index)?.Source ?? Source)
                : Diagnostic.At(problem.Severity, problem.Code, problem.Message, OriginAt(context, prepared, problem.Index)));
        }

        return prepared;
    }

    /// <summary>Where character <paramref name="index"/> of the prepared text came from.</summary>
    private SourceOrigin OriginAt(LayoutContext context, PreparedParagraph prepared, int index)
    {
        var origins = _cache.Origins(prepared, Spans);
        var offset = index >= 0 && index < origins.Length ? origins[index] : (origins.Length > 0 ? origins[^1] : -1);
        return context.Locate(offset, SpanAt(prepared, index)?.Source ?? Source);
    }

    private TextSpan? SpanAt(PreparedParagraph prepared, int index)
    {
        TextSpan? found = null;
        foreach (var (start, span) in prepared.Segments)
        {
            if (start > index && found is not null)
            {
                break;
            }

            found = Spans[span];
        }

        return found;
    }

    /// <summary>A word wider than its line is broken between letters so nothing is clipped; the author is told where.</summary>
    private void ReportBrokenWords(LayoutContext context, IReadOnlyList<TextLine> lines, int from, int count, float width)
    {
        for (var i = from; i < from + count; i++)
        {
            if (lines[i].BrokenWordEnd is var end and >= 0)
            {
                var prepared = Prepared(context);
                var word = prepared.Text[lines[i].Start..end].Trim();
                var message = string.Create(
                    CultureInfo.InvariantCulture,
                    $"the word \"{word}\" is wider than its line ({prepared.Width(lines[i].Start, end):0.#} pt, the line has {width:0.#} pt) and is broken inside; shorten it, add a space or a soft hyphen (U+00AD), or make the text smaller");
                context.Diagnostics.Add(Diagnostic.At(Severity.Warning, "MG0404", message, OriginAt(context, prepared, lines[i].Start)));
            }
        }
    }

    /// <summary>
    /// The scales a fit paragraph may take: down to min-size (and never under the canvas's legibility
    /// floor), up to max-size, or 1 (its written size) when either is not set.
    /// </summary>
    internal (float Lower, float Upper) ScaleRange(LayoutContext context)
    {
        var largest = Spans.IsEmpty ? 0 : Spans.Max(s => s.Style.Size);
        if (largest <= 0)
        {
            return (1, 1);
        }

        var upper = Style.MaxFontSize > 0 ? Math.Max(1, Style.MaxFontSize / largest) : 1;
        var lower = Style.MinFontSize > 0 ? Math.Min(1, Style.MinFontSize / largest) : 1;
        if (context.MinTextSize > 0)
        {
            // Fit text keeps the canvas's legibility floor, even above its own range.
            lower = Math.Max(lower, context.MinTextSize / Smallest());
            upper = Math.Max(upper, lower);
        }

        return (Math.Min(lower, upper), upper);
    }

    private float Smallest() => Spans.Where(s => !string.IsNullOrWhiteSpace(s.Text) || s.Field != TextField.None).Select(s => s.Style.Size).DefaultIfEmpty(0).Min();

    /// <summary>Text under the canvas's legibility floor is an error at the element, naming its text.</summary>
    private void CheckLegibility(LayoutContext context)
    {
        var smallest = Smallest() * (Fit ? Math.Clamp(context.FitScale, ScaleRange(context).Lower, ScaleRange(context).Upper) : 1);
        if (smallest <= 0 || smallest >= context.MinTextSize - 0.01f)
        {
            return;
        }

        var text = string.Concat(Spans.Select(s => s.Text)).Trim();
        var excerpt = text.Length > 40 ? text[..40].TrimEnd() + "…" : text;
        var error = Diagnostic.Error(
            "MG0405",
            string.Create(CultureInfo.InvariantCulture, $"text “{excerpt}” is {smallest:0.#} px high, under this canvas's legibility floor of {context.MinTextSize:0.#} px (min-text-size); make it larger, let it fit (fit=\"shrink\" with min-size ≥ {context.MinTextSize:0.#}) or offer a shorter text (<choose>)"),
            Source);
        if (!context.Diagnostics.Items.Contains(error))
        {
            context.Diagnostics.Add(error);
        }
    }

    private List<TextSpan> Resolve(LayoutContext context) =>
        Spans.Select(s => s.Field switch
        {
            TextField.PageNumber => s with { Text = context.PageNumber.ToString(CultureInfo.InvariantCulture) },
            TextField.PageCount => s with { Text = context.PageCount.ToString(CultureInfo.InvariantCulture) },
            _ => s,
        }).ToList();

    private AnchorItem? Anchor() =>
        OutlineLevel > 0 && FromLine == 0
            ? new AnchorItem(string.Concat(Spans.Where(s => s.Field == TextField.None).Select(s => s.Text)).Replace('\n', ' ').Trim(), OutlineLevel) { SourceOffset = SourceOffset }
            : null;

    private static Frame Draw(IReadOnlyList<TextLine> lines, int from, int count, float width, AnchorItem? anchor)
    {
        var builder = new FrameBuilder();
        if (anchor is not null)
        {
            builder.Add(anchor);
        }

        var y = 0f;
        for (var i = from; i < from + count; i++)
        {
            builder.Place(new Frame(new Size(width, lines[i].Height), lines[i].Items), 0, y, shift: lines[i].SourceShift);
            y += lines[i].Height;
        }

        return builder.Build(new Size(width, y));
    }

    public bool Equals(ParagraphBlock? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>Prepared text and line sets, shared by a paragraph and the rests split from it.</summary>
    private sealed class ParagraphCache
    {
        private readonly Dictionary<(float, int, int), PreparedParagraph> _prepared = [];
        private readonly Dictionary<(PreparedParagraph, float), List<TextLine>> _lines = [];
        private readonly Dictionary<PreparedParagraph, int[]> _origins = [];

        public PreparedParagraph Prepared((float, int, int) key, Func<PreparedParagraph> prepare)
        {
            if (!_prepared.TryGetValue(key, out var prepared))
            {
                prepared = prepare();
                _prepared[key] = prepared;
            }

            return prepared;
        }

        public List<TextLine> Lines(PreparedParagraph prepared, float width, int[] origins)
        {
            if (!_lines.TryGetValue((prepared, width), out var lines))
            {
                lines = prepared.LineSets.Lines(prepared, width, origins);
                _lines[(prepared, width)] = lines;
            }

            return lines;
        }

        /// <summary>The markup offset of each character of the prepared text, from this paragraph's own spans.</summary>
        public int[] Origins(PreparedParagraph prepared, ImmutableArray<TextSpan> spans)
        {
            if (!_origins.TryGetValue(prepared, out var origins))
            {
                origins = prepared.OriginsFor(spans);
                _origins[prepared] = origins;
            }

            return origins;
        }
    }
}
