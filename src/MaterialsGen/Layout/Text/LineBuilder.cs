using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Layout.Text;

/// <summary>Positions the glyphs of one line: alignment, justification, baseline, decorations and links.</summary>
internal static class LineBuilder
{
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

                extraPerSpace = spaces > 0 ? Math.Max(0, room - contentWidth) / spaces : 0;
                break;
            default:
                break;
        }

        var items = ImmutableArray.CreateBuilder<FrameItem>();
        foreach (var run in paragraph.Runs)
        {
            var from = Math.Max(run.Start, start);
            var to = Math.Min(run.End, visibleEnd);
            if (from >= to)
            {
                continue;
            }

            x = AddRun(items, run, text, from, to, x, (baseline, height, extraPerSpace), origins);
        }

        return new TextLine(start, end, contentWidth + (extraPerSpace > 0 ? room - contentWidth : 0), height, baseline, items.ToImmutable());
    }

    private static float AddRun(
        ImmutableArray<FrameItem>.Builder items, ShapedRun run, string text, int from, int to, float x, (float Baseline, float Height, float ExtraPerSpace) line, int[]? origins)
    {
        var (baseline, height, extraPerSpace) = line;
        var origin = origins is null ? -1 : origins[from];
        if (run.Emoji is { } pictures)
        {
            return AddEmoji(items, run, pictures, text, x, (baseline, height), origin);
        }

        var glyphs = new List<ushort>();
        var xs = new List<float>();
        var ys = new List<float>();
        var clusters = new List<int>();

        var pen = 0f;
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
        }

        var style = run.Style;
        int[]? sources = null;
        if (origins is not null)
        {
            sources = new int[clusters.Count];
            for (var k = 0; k < sources.Length; k++)
            {
                sources[k] = origins[clusters[k] + from];
            }
        }

        items.Add(new GlyphRunItem(new Point(x, baseline), run.Face, style.Size, style.Color, [.. glyphs], [.. xs], [.. ys], text[from..to], [.. clusters])
        {
            Width = pen,
            SourceOffset = origin,
            SourceOffsets = sources,
        });
        Decorate(items, run, x, pen, (baseline, height), origin);
        return x + pen;
    }

    /// <summary>An emoji cluster: its pictures side by side, each an em square sitting on the baseline.</summary>
    private static float AddEmoji(ImmutableArray<FrameItem>.Builder items, ShapedRun run, ImageSource[] pictures, string text, float x, (float Baseline, float Height) line, int origin)
    {
        var (baseline, _) = line;
        var size = run.Style.Size;
        var side = EmojiMetrics.Size * size;
        var pen = 0f;
        for (var g = 0; g < run.Glyphs.Length; g++)
        {
            var rect = new Rect(x + pen + (EmojiMetrics.SideBearing * size), baseline + (EmojiMetrics.Descent * size) - side, side, side);
            items.Add(new EmojiItem(rect, pictures[run.Glyphs[g].Glyph], g == 0 ? text[run.Start..run.End] : string.Empty, run.Face, size, baseline) { SourceOffset = origin });
            pen += run.Glyphs[g].Advance;
        }

        Decorate(items, run, x, pen, line, origin);
        return x + pen;
    }

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
