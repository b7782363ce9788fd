using Svg.Skia;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// Writes an SVG model path as PDF path operators. Svg.Skia turns the model path (with SVG arcs,
/// rounded rectangles, ovals) into a real Skia path; its verbs map onto PDF's, with quadratic curves
/// and conics (what arcs become) raised to cubics.
/// </summary>
internal static class PdfVectorPath
{
    private static readonly SkiaModel Model = new(new SKSvgSettings());

    public static bool Write(ShimSkiaSharp.SKPath source, PdfBuffer content)
    {
        using var path = Model.ToSKPath(source);
        if (path is null)
        {
            return false;
        }

        using var iterator = path.CreateRawIterator();
        var points = new SkiaSharp.SKPoint[4];
        SkiaSharp.SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SkiaSharp.SKPathVerb.Done)
        {
            switch (verb)
            {
                case SkiaSharp.SKPathVerb.Move:
                    content.Num(points[0].X).Num(points[0].Y).Raw("m ");
                    break;
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
