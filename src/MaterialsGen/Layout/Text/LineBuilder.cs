using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Layout.Text;

/// <summary>Positions the glyphs of one line: alignment, justification, baseline, decorations and links.</summary>
internal static class LineBuilder
{
    private const int MaxLinkText = 1000;

    public static TextLine Build(PreparedParagraph paragraph, int start, int end, float width, float indent, bool justify, int[]? origins)
    {
        var text = paragraph.Text;
        var visibleEnd = LineSetter.VisibleEnd(text, start, end);
        var contentWidth = paragraph.Width(start, visibleEnd);
        var (height, baseline) = VerticalMetrics(paragraph, start, visibleEnd);

        var room = width - indent;
        var extraPerSpace = 0f;
        var x = indent;
        switch (paragraph.Style.Align)
        {
            case TextAlign.Center:
                x += (room - contentWidth) / 2;
                break;
            case TextAlign.Right:
                x += room - contentWidth;
                break;
            case TextAlign.Justify when justify:
                var spaces = 0;
                for (var i = start; i < visibleEnd; i++)
                {
                    spaces += text[i] == ' ' ? 1 : 0;
                }

                // Optimal breaking may also shrink spaces; first fit only stretches them (a sliver
                // of overflow within its tolerance stays unadjusted).
                var extra = room - contentWidth;
                extraPerSpace = spaces > 0 && (extra > 0 || extra < -0.01f) ? extra / spaces : 0;
                break;
            default:
                break;
        }

        // The space the line breaks at is kept as an invisible last glyph: text read back from the PDF
        // (a screen reader, copy and paste) would otherwise run the last word into the next line's first.
        var spokenEnd = visibleEnd < end && text[visibleEnd] == ' ' ? visibleEnd + 1 : visibleEnd;
        var items = ImmutableArray.CreateBuilder<FrameItem>();
        for (var r = 0; r < paragraph.Runs.Count; r++)
        {
            var run = paragraph.Runs[r];
            var from = Math.Max(run.Start, start);
            var to = Math.Min(run.End, spokenEnd);
            if (from >= to)
            {
                continue;
            }

            var tag = run.Style.Link is null ? null : new StructureTag(StructureRole.Link) { Alt = LinkText(paragraph, r) };
            x = AddRun(items, run, text, (from, to, visibleEnd), x, (baseline, height, extraPerSpace), origins, tag);
        }

        return new TextLine(start, end, contentWidth + (extraPerSpace != 0 ? room - contentWidth : 0), height, baseline, items.ToImmutable());
    }

    /// <param name="range">The text of the run on this line; from <c>Visible</c> on it draws nothing and takes no room.</param>
    /// <param name="link">The Link element the run's piece on this line is, when it is a link's text.</param>
    private static float AddRun(
        ImmutableArray<FrameItem>.Builder items, ShapedRun run, string text, (int From, int To, int Visible) range, float x, (float Baseline, float Height, float ExtraPerSpace) line, int[]? origins, StructureTag? link)
    {
        var (baseline, height, extraPerSpace) = line;
        var origin = origins is null ? -1 : origins[range.From];

        // A link's text (glyphs or emoji), underline and clickable area form one Link element of the structure tree.
        var outer = items;
        if (link is not null)
        {
            items = ImmutableArray.CreateBuilder<FrameItem>(3);
        }

        var pen = run.Emoji is { } pictures
            ? AddEmoji(items, run, pictures, text, x, baseline, origin)
            : AddGlyphs(items, run, text, range, x, (baseline, extraPerSpace), origins);
        Decorate(items, run, x, pen, (baseline, height), origin);
        if (link is not null)
        {
            outer.Add(new FrameRef(default, new Frame(new Size(x + pen, height), items.ToImmutable())) { Tag = link });
        }

        return x + pen;
    }

    /// <summary>
    /// The whole text of the link run <paramref name="index"/> belongs to (the neighbouring runs that lead
    /// to the same place, over every line), white space collapsed: what a screen reader announces for
    /// the link annotation, rather than its address.
    /// </summary>
    private static string LinkText(PreparedParagraph paragraph, int index)
    {
        var runs = paragraph.Runs;
        var link = runs[index].Style.Link;
        var (first, last) = (index, index);
        while (first > 0 && runs[first - 1].Style.Link == link)
        {
            first--;
        }

        while (last + 1 < runs.Count && runs[last + 1].Style.Link == link)
        {
            last++;
        }

        // Built again for each line the link is on: a cap keeps a link as long as a book linear, and no
        // reader announces more of it than that anyway.
        var end = Math.Min(runs[last].End, runs[first].Start + MaxLinkText);
        var words = paragraph.Text[runs[first].Start..end].Replace("\u00AD", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 ? string.Join(' ', words) : link!;
    }

    /// <summary>The run's glyphs on this line as one glyph run; returns the width it takes.</summary>
    private static float AddGlyphs(
        ImmutableArray<FrameItem>.Builder items, ShapedRun run, string text, (int From, int To, int Visible) range, float x, (float Baseline, float ExtraPerSpace) line, int[]? origins)
    {
        var (from, to) = (range.From, range.To);
        var (baseline, extraPerSpace) = line;
        var glyphs = new List<ushort>();
        var xs = new List<float>();
        var ys = new List<float>();
        var clusters = new List<int>();

        var pen = 0f;
        var visiblePen = 0f;

        // Only this line's glyphs are visited: a scan of the whole run for every line made a long
        // paragraph quadratic (a 300,000-character title took minutes).
        for (var g = run.FirstGlyphAt(from); g < run.Glyphs.Length; g++)
        {
            var glyph = run.Glyphs[g];
            if (glyph.Cluster >= to && run.InClusterOrder)
            {
                break;
            }

            if (glyph.Cluster < from || glyph.Cluster >= to)
            {
                continue;
            }

            glyphs.Add(glyph.Glyph);
            xs.Add(pen + glyph.XOffset);
            ys.Add(glyph.YOffset);
            clusters.Add(glyph.Cluster - from);
            pen += glyph.Advance;
            var lastOfCluster = g + 1 == run.Glyphs.Length || run.Glyphs[g + 1].Cluster != glyph.Cluster;
            if (lastOfCluster && text[glyph.Cluster] == ' ')
            {
                pen += extraPerSpace;
            }

            visiblePen = glyph.Cluster < range.Visible ? pen : visiblePen;
        }

        var origin = origins is null ? -1 : origins[from];
        int[]? sources = null;
        if (origins is not null)
        {
            sources = new int[clusters.Count];
            for (var k = 0; k < sources.Length; k++)
            {
                sources[k] = origins[clusters[k] + from];
            }
        }

        var style = run.Style;
        items.Add(new GlyphRunItem(new Point(x, baseline), run.Face, style.Size, style.Color, [.. glyphs], [.. xs], [.. ys], text[from..to], [.. clusters])
        {
            Width = visiblePen,
            SourceOffset = origin,
            SourceOffsets = sources,
        });
        return visiblePen;
    }

    /// <summary>An emoji cluster: its pictures side by side, each an em square sitting on the baseline.</summary>
    private static float AddEmoji(ImmutableArray<FrameItem>.Builder items, ShapedRun run, ImageSource[] pictures, string text, float x, float baseline, int origin)
    {
        var size = run.Style.Size;
        var side = EmojiMetrics.Size * size;
        var pen = 0f;
        for (var g = 0; g < run.Glyphs.Length; g++)
        {
            var rect = new Rect(x + pen + (EmojiMetrics.SideBearing * size), baseline + (EmojiMetrics.Descent * size) - side, side, side);
            items.Add(new EmojiItem(rect, pictures[run.Glyphs[g].Glyph], g == 0 ? text[run.Start..run.End] : string.Empty, run.Face, size, baseline) { SourceOffset = origin });
            pen += run.Glyphs[g].Advance;
        }

        return pen;
    }

    /// <summary>Underline, strike-through and the clickable area of a link, over the run's width.</summary>
    private static void Decorate(ImmutableArray<FrameItem>.Builder items, ShapedRun run, float x, float pen, (float Baseline, float Height) line, int origin)
    {
        var (baseline, height) = line;
        var style = run.Style;
        var thickness = Math.Max(0.5f, run.Face.UnderlineThickness * style.Size);
        if (style.Underline)
        {
            var y = baseline + (run.Face.UnderlinePosition * style.Size);
            items.Add(new LineItem(new Point(x, y), new Point(x + pen, y), style.Color, thickness) { SourceOffset = origin });
        }

        if (style.Strike)
        {
            var y = baseline + (run.Face.StrikeoutPosition * style.Size);
            items.Add(new LineItem(new Point(x, y), new Point(x + pen, y), style.Color, thickness) { SourceOffset = origin });
        }

        if (style.Link is { } link)
        {
            items.Add(new LinkItem(new Rect(x, 0, pen, height), link) { SourceOffset = origin });
        }
    }

    /// <summary>
    /// Line box height and baseline: the larger of line-height × size and the fonts' ink extent, with
    /// half the leading above and below as in CSS.
    /// </summary>
    private static (float Height, float Baseline) VerticalMetrics(PreparedParagraph paragraph, int start, int end)
    {
        float ascent = 0, descent = 0, size = 0;
        foreach (var run in paragraph.Runs)
        {
            if (run.End <= start || run.Start >= Math.Max(end, start + 1))
            {
                continue;
            }

            ascent = Math.Max(ascent, run.Face.InkAscent * run.Style.Size);
            descent = Math.Max(descent, run.Face.InkDescent * run.Style.Size);
            size = Math.Max(size, run.Style.Size);
        }

        if (size == 0)
        {
            var face = paragraph.Runs.Count > 0 ? paragraph.Runs[0].Face : null;
            size = paragraph.FirstStyle.Size;
            ascent = (face?.InkAscent ?? 0.95f) * size;
            descent = (face?.InkDescent ?? 0.25f) * size;
        }

        var height = Math.Max(size * paragraph.Style.LineHeight, ascent + descent);
        return (height, ((height - ascent - descent) / 2) + ascent);
    }
}
