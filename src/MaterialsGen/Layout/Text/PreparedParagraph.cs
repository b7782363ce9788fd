using System.Globalization;
using System.Text;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.LineBreaking;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// A paragraph after the width-independent steps (typeset like Typst's inline layout: prepare, shape,
/// then break): text joined and transformed, faces chosen, runs shaped, break opportunities found.
/// Breaking into lines for a width is then cheap and can be repeated (pages, fitting).
/// </summary>
internal sealed class PreparedParagraph
{
    private readonly float[] _prefix;
    private readonly float[] _spacePrefix;

    private PreparedParagraph(string text, List<ShapedRun> runs, IReadOnlyList<LineBreakOpportunity> breaks, ParagraphStyle style, TextStyle firstStyle)
    {
        Text = text;
        Runs = runs;
        Breaks = breaks;
        Style = style;
        FirstStyle = firstStyle;
        var advances = new float[text.Length];
        foreach (var run in runs)
        {
            foreach (var glyph in run.Glyphs)
            {
                advances[glyph.Cluster] += glyph.Advance;
            }
        }

        _prefix = new float[text.Length + 1];
        _spacePrefix = new float[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            _prefix[i + 1] = _prefix[i] + advances[i];
            _spacePrefix[i + 1] = _spacePrefix[i] + (text[i] == ' ' ? advances[i] : 0);
        }
    }

    public string Text { get; }

    public IReadOnlyList<ShapedRun> Runs { get; }

    public IReadOnlyList<LineBreakOpportunity> Breaks { get; }

    public ParagraphStyle Style { get; }

    /// <summary>The style of the first span; sizes an empty line.</summary>
    public TextStyle FirstStyle { get; }

    /// <summary>Width of the text in [start, end), trailing advances included.</summary>
    public float Width(int start, int end) => _prefix[end] - _prefix[start];

    /// <summary>Width of the word spaces in [start, end): what justification may stretch or shrink.</summary>
    public float SpaceWidth(int start, int end) => _spacePrefix[end] - _spacePrefix[start];

    /// <summary>
    /// Joins, normalises and shapes the spans. <paramref name="scale"/> multiplies every font size (fit-to-box).
    /// Missing glyphs are reported to <paramref name="diagnostics"/>.
    /// </summary>
    public static PreparedParagraph Prepare(IReadOnlyList<TextSpan> spans, ParagraphStyle style, FontLibrary fonts, float scale, DiagnosticBag diagnostics)
    {
        var builder = new StringBuilder();
        var segments = new List<(int Start, int End, TextSpan Span)>();
        foreach (var span in spans)
        {
            var text = span.Text.Normalize(NormalizationForm.FormC);
            if (style.Uppercase)
            {
                text = text.ToUpper(Vietnamese);
            }

            if (text.Length == 0)
            {
                continue;
            }

            var scaled = scale == 1 ? span : span with { Style = span.Style with { Size = span.Style.Size * scale } };
            segments.Add((builder.Length, builder.Length + text.Length, scaled));
            builder.Append(text);
        }

        var joined = builder.ToString();
        var items = FontItemizer.Itemize(joined, segments, fonts, diagnostics);
        var runs = new List<ShapedRun>(items.Count);
        foreach (var (start, end, segment, face) in items)
        {
            var textStyle = segments[segment].Span.Style;
            var glyphs = fonts.Shaping.Shape(face, joined, start, end - start, textStyle.Size, textStyle.LetterSpacing);
            runs.Add(new ShapedRun(start, end, textStyle, face, glyphs));
        }

        var firstStyle = segments.Count > 0 ? segments[0].Span.Style : (spans.Count > 0 ? spans[0].Style : TextStyle.Default);
        if (scale != 1 && segments.Count == 0)
        {
            firstStyle = firstStyle with { Size = firstStyle.Size * scale };
        }

        return new PreparedParagraph(joined, runs, LineBreaker.FindBreaks(joined, LineBreakTailoring.Vietnamese), style, firstStyle);
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}
