using Svg.Skia;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// Writes SVG model paths as PDF path operators. Svg.Skia turns the model path (with SVG arcs, rounded
/// rectangles, ovals) and clip paths (with their boolean operations) into real Skia paths; their verbs
/// map onto PDF's, with quadratic curves and conics (what arcs become) raised to cubics.
/// </summary>
internal static class PdfVectorPath
{
    private static readonly SkiaModel Model = new(new SKSvgSettings());

    public static SkiaSharp.SKPath ToSkia(ShimSkiaSharp.SKPath source) => Model.ToSKPath(source);

    /// <summary>The clip as one path in the coordinates it is applied in; null when Svg.Skia cannot build it.</summary>
    public static SkiaSharp.SKPath? ToSkia(ShimSkiaSharp.ClipPath clip) => Model.ToSKPath(clip);

    public static SkiaSharp.SKMatrix ToSkia(ShimSkiaSharp.SKMatrix m) =>
        new(m.ScaleX, m.SkewX, m.TransX, m.SkewY, m.ScaleY, m.TransY, m.Persp0, m.Persp1, m.Persp2);

    /// <summary>
    /// Whether filling the path covers nothing: each contour's points on one line, as when a stroked line
    /// has the default fill. Skia paints nothing there, but PDF viewers may paint a hairline.
    /// </summary>
    public static bool IsFlat(SkiaSharp.SKPath path)
    {
        var bounds = path.Bounds;
        var tolerance = Math.Max(bounds.Width, bounds.Height) * 1e-5f;
        using var iterator = path.CreateRawIterator();
        var points = new SkiaSharp.SKPoint[4];
        var (origin, direction) = (SkiaSharp.SKPoint.Empty, SkiaSharp.SKPoint.Empty);
        SkiaSharp.SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SkiaSharp.SKPathVerb.Done)
        {
            var count = verb switch
            {
                SkiaSharp.SKPathVerb.Line => 1,
                SkiaSharp.SKPathVerb.Quad or SkiaSharp.SKPathVerb.Conic => 2,
                SkiaSharp.SKPathVerb.Cubic => 3,
                _ => 0,
            };
            if (verb == SkiaSharp.SKPathVerb.Move)
            {
                (origin, direction) = (points[0], SkiaSharp.SKPoint.Empty);
            }

            for (var i = 1; i <= count; i++)
            {
                var offset = points[i] - origin;
                if (direction.IsEmpty)
                {
                    direction = offset.Length > tolerance ? offset : SkiaSharp.SKPoint.Empty;
                }
                else if (Math.Abs((offset.X * direction.Y) - (offset.Y * direction.X)) > tolerance * direction.Length)
                {
                    // Off the line through the contour's start along its first direction: the contour has an inside.
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A clip, its points moved by the matrix so that it outlasts the drawings' own q/Q and cm.</summary>
    public static bool WriteClip(SkiaSharp.SKPath path, ShimSkiaSharp.SKMatrix matrix, PdfBuffer content)
    {
        path.Transform(ToSkia(matrix));
        if (IsFlat(path))
        {
            // A clip with no inside hides everything after it; PDF still needs a path to clip to.
            content.Raw("0 0 0 0 re ");
        }
        else if (!Write(path, content))
        {
            return false;
        }

        content.Raw(path.FillType == SkiaSharp.SKPathFillType.EvenOdd ? "W* n\n" : "W n\n");
        return true;
    }

    /// <summary>Skia ignores a dash pattern it cannot use (odd count, negative or all-zero intervals) and strokes solid.</summary>
    public static void WriteDash(ShimSkiaSharp.DashPathEffect dash, PdfBuffer content)
    {
        var intervals = dash.Intervals ?? [];
        var length = intervals.Sum();
        if (intervals.Length < 2 || intervals.Length % 2 != 0 || intervals.Any(i => i < 0 || !float.IsFinite(i)) || !(length > 0))
        {
            return;
        }

        content.Raw("[");
        foreach (var interval in intervals)
        {
            content.Num(interval);
        }

        // Skia takes any phase modulo the pattern; PDF's is best kept within it.
        content.Raw("] ").Num(((dash.Phase % length) + length) % length).Raw("d ");
    }

    public static bool Write(SkiaSharp.SKPath path, PdfBuffer content)
    {
        using var iterator = path.CreateRawIterator();
        var points = new SkiaSharp.SKPoint[4];
        SkiaSharp.SKPathVerb verb;

        // A move is written only once something follows it: Skia draws nothing for a lone trailing move,
        // while a PDF viewer may paint a dot there.
        SkiaSharp.SKPoint? move = null;
        while ((verb = iterator.Next(points)) != SkiaSharp.SKPathVerb.Done)
        {
            if (verb == SkiaSharp.SKPathVerb.Move)
            {
                move = points[0];
                continue;
            }

            if (move is { } start)
            {
                content.Num(start.X).Num(start.Y).Raw("m ");
                move = null;
            }

            switch (verb)
            {
                case SkiaSharp.SKPathVerb.Line:
                    content.Num(points[1].X).Num(points[1].Y).Raw("l ");
                    break;
                case SkiaSharp.SKPathVerb.Quad:
                    Quad(points[0], points[1], points[2], content);
                    break;
                case SkiaSharp.SKPathVerb.Conic:
                    var quads = SkiaSharp.SKPath.ConvertConicToQuads(points[0], points[1], points[2], iterator.ConicWeight(), 2);
                    for (var i = 0; i + 2 < quads.Length; i += 2)
                    {
                        Quad(quads[i], quads[i + 1], quads[i + 2], content);
                    }

                    break;
                case SkiaSharp.SKPathVerb.Cubic:
                    content.Num(points[1].X).Num(points[1].Y).Num(points[2].X).Num(points[2].Y).Num(points[3].X).Num(points[3].Y).Raw("c ");
                    break;
                case SkiaSharp.SKPathVerb.Close:
                    content.Raw("h ");
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>A quadratic Bézier is exactly the cubic whose control points lie two thirds of the way to its own.</summary>
    private static void Quad(SkiaSharp.SKPoint p0, SkiaSharp.SKPoint p1, SkiaSharp.SKPoint p2, PdfBuffer content) =>
        content.Num(p0.X + (2f / 3 * (p1.X - p0.X))).Num(p0.Y + (2f / 3 * (p1.Y - p0.Y)))
            .Num(p2.X + (2f / 3 * (p1.X - p2.X))).Num(p2.Y + (2f / 3 * (p1.Y - p2.Y)))
            .Num(p2.X).Num(p2.Y).Raw("c ");
}
