using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Tests.Support;

/// <summary>
/// How much of a canvas's height its ink covers, computed from the frames (what ImageMagick's -trim
/// measures on the picture): text by its font's ascent and descent, filled or bordered boxes, pictures
/// and rules; the page background does not count. <see cref="LargestGap"/> is the tallest band with no
/// ink between the top and the bottom of the ink: a composition with an empty band is not balanced.
/// </summary>
internal sealed record InkCoverage(float Top, float Bottom, float LargestGap, float PageHeight)
{
    public double Coverage => (Bottom - Top) / PageHeight;

    public double GapShare => LargestGap / PageHeight;

    public static InkCoverage Measure(PageFrame page)
    {
        var bands = new List<(float Top, float Bottom)>();
        foreach (var (offset, item) in page.Frame.Flatten())
        {
            switch (item)
            {
                case GlyphRunItem run:
                    var baseline = offset.Y + run.Origin.Y;
                    bands.Add((baseline - (run.Face.Ascent * run.Size), baseline + (run.Face.Descent * run.Size)));
                    break;
                case RectItem rect when (rect.Fill is not null || !rect.Border.IsNone)
                    && !(rect.Rect.Width >= page.Size.Width - 0.5f && rect.Rect.Height >= page.Size.Height - 0.5f):
                    bands.Add((offset.Y + rect.Rect.Y, offset.Y + rect.Rect.Y + rect.Rect.Height));
                    break;
                case ImageItem image:
                    bands.Add((offset.Y + image.Rect.Y, offset.Y + image.Rect.Y + image.Rect.Height));
                    break;
                case LineItem line:
                    bands.Add((offset.Y + Math.Min(line.From.Y, line.To.Y), offset.Y + Math.Max(line.From.Y, line.To.Y)));
                    break;
                default:
                    break;
            }
        }

        if (bands.Count == 0)
        {
            return new InkCoverage(0, 0, page.Size.Height, page.Size.Height);
        }

        bands.Sort();
        var top = bands[0].Top;
        var reach = bands[0].Bottom;
        var gap = 0f;
        foreach (var (from, to) in bands.Skip(1))
        {
            gap = Math.Max(gap, from - reach);
            reach = Math.Max(reach, to);
        }

        return new InkCoverage(Math.Max(0, top), Math.Min(page.Size.Height, reach), gap, page.Size.Height);
    }

    public override string ToString() =>
        FormattableString.Invariant($"ink {Top:0}–{Bottom:0} of {PageHeight:0} ({Coverage:P0}), largest empty band {LargestGap:0} ({GapShare:P1})");
}
