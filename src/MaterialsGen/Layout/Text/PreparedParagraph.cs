using System.Globalization;
using System.Text;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Images;
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

    private PreparedParagraph(
        string text, List<ShapedRun> runs, IReadOnlyList<LineBreakOpportunity> breaks, ParagraphStyle style, TextStyle firstStyle, (int Start, int Span)[] segments, TextProblem[] problems)
    {
        Text = text;
        Segments = segments;
        Problems = problems;
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

    /// <summary>Its line sets by width, shared by the paragraphs that share this preparation.</summary>
    internal SharedLineSets LineSets { get; } = new();

    public IReadOnlyList<ShapedRun> Runs { get; }

    public IReadOnlyList<LineBreakOpportunity> Breaks { get; }

    public ParagraphStyle Style { get; }

    /// <summary>The style of the first span; sizes an empty line.</summary>
    public TextStyle FirstStyle { get; }

    /// <summary>Where each non-empty span's text starts in <see cref="Text"/>, and that span's index in the spans prepared.</summary>
    public IReadOnlyList<(int Start, int Span)> Segments { get; }

    /// <summary>Missing glyphs and fonts, at characters of <see cref="Text"/>; each paragraph using this one reports them at its own origins.</summary>
    public IReadOnlyList<TextProblem> Problems { get; }

    /// <summary>
    /// The markup offset of each character of <see cref="Text"/> for <paramref name="spans"/> (spans with the
    /// same text as the ones prepared, from any document). A span whose text NFC or upper case changed in
    /// length maps its extra characters to its last one.
    /// </summary>
    public int[] OriginsFor(IReadOnlyList<TextSpan> spans)
    {
        var origins = new int[Text.Length];
        for (var s = 0; s < Segments.Count; s++)
        {
            var (start, index) = Segments[s];
            var end = s + 1 < Segments.Count ? Segments[s + 1].Start : Text.Length;
            var span = spans[index];
            for (var i = start; i < end; i++)
            {
                origins[i] = span.OriginAt(i - start);
            }
        }

        return origins;
    }

    /// <summary>Width of the text in [start, end), trailing advances included.</summary>
    public float Width(int start, int end) => _prefix[end] - _prefix[start];

    /// <summary>Width of the word spaces in [start, end): what justification may stretch or shrink.</summary>
    public float SpaceWidth(int start, int end) => _spacePrefix[end] - _spacePrefix[start];

    /// <summary>
    /// Joins, normalises and shapes the spans. <paramref name="scale"/> multiplies every font size (fit-to-box).
    /// Missing glyphs are kept in <see cref="Problems"/>.
    /// </summary>
    public static PreparedParagraph Prepare(IReadOnlyList<TextSpan> spans, ParagraphStyle style, FontLibrary fonts, float scale)
    {
        var builder = new StringBuilder();
        var segments = new List<(int Start, int End, TextSpan Span)>();
        var indices = new List<(int Start, int Span)>();
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
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
            indices.Add((builder.Length, index));
            builder.Append(text);
        }

        var joined = builder.ToString();
        var problems = new List<TextProblem>();
        var items = FontItemizer.Itemize(joined, segments, fonts, problems);
        var runs = new List<ShapedRun>(items.Count);
        foreach (var (start, end, segment, face, emoji) in items)
        {
            var textStyle = segments[segment].Span.Style;
            if (emoji is not null)
            {
                runs.Add(EmojiRun(start, end, textStyle, face, emoji));
                continue;
            }

            var glyphs = fonts.Shaping.Shape(face, joined, start, end - start, textStyle.Size, textStyle.LetterSpacing);
            runs.Add(new ShapedRun(start, end, textStyle, face, glyphs));
        }

        var firstStyle = segments.Count > 0 ? segments[0].Span.Style : (spans.Count > 0 ? spans[0].Style : TextStyle.Default);
        if (scale != 1 && segments.Count == 0)
        {
            firstStyle = firstStyle with { Size = firstStyle.Size * scale };
        }

        return new PreparedParagraph(joined, runs, LineBreaker.FindBreaks(joined, LineBreakTailoring.Vietnamese), style, firstStyle, [.. indices], [.. problems]);
    }

    /// <summary>One glyph per picture, each an emoji's advance wide; letter spacing follows the cluster as it does text.</summary>
    private static ShapedRun EmojiRun(int start, int end, TextStyle style, FontFace face, ImageSource[] pictures)
    {
        var glyphs = new ShapedGlyph[pictures.Length];
        for (var k = 0; k < pictures.Length; k++)
        {
            var spacing = k == pictures.Length - 1 ? style.LetterSpacing : 0;
            glyphs[k] = new ShapedGlyph((ushort)k, start, (EmojiMetrics.Advance * style.Size) + spacing, 0, 0);
        }

        return new ShapedRun(start, end, style, face, glyphs) { Emoji = pictures };
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}
