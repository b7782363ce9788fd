using System.Globalization;
using ShimSkiaSharp;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// Turns an SVG's drawing commands (Svg.Skia's model) into PDF content operators, so icons and logos
/// stay vectors in the PDF. It covers what icons and logos use: paths filled and stroked in solid
/// colours with opacity, transforms, clips, save and restore. Anything else (gradients, images, text,
/// filters, layers) makes it give up, and the caller embeds a fine raster instead of drawing it wrong.
/// </summary>
internal static class PdfVectorForm
{
    /// <summary>
    /// The content stream (uncompressed) that draws <paramref name="model"/> in its own coordinates (y
    /// down, as recorded), and the body of the resource dictionary it needs; null when the drawing uses
    /// something this cannot express.
    /// </summary>
    public static (PdfBuffer Content, string Resources)? TryConvert(SKPicture model)
    {
        var content = new PdfBuffer(1024);
        var opacities = new SortedSet<byte>();
        var saved = new Stack<SKMatrix>();
        var matrix = SKMatrix.Identity;
        foreach (var command in model.Commands ?? [])
        {
            switch (command)
            {
                case SaveCanvasCommand:
                case SaveLayerCanvasCommand { Paint: null }:
                    saved.Push(matrix);
                    content.Raw("q\n");
                    break;
                case RestoreCanvasCommand when saved.Count > 0:
                    matrix = saved.Pop();
                    content.Raw("Q\n");
                    break;
                case SetMatrixCanvasCommand set:
                    // The total matrix is relative to the picture's own space, where the form starts.
                    matrix = set.TotalMatrix;
                    break;
                case ClipRectCanvasCommand { Operation: SKClipOperation.Intersect } clip:
                    // Clips stay in force until the matching restore, so they cannot sit inside their
                    // own q/Q: the matrix is applied to the corners here instead of with cm.
                    if (!Transformed(matrix, clip.Rect, content))
                    {
                        return null;
                    }

                    content.Raw("W n\n");
                    break;
                case DrawPathCanvasCommand { Path: { } path, Paint: { } paint }:
                    if (!Draw(path, paint, matrix, content, opacities))
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }
        }

        while (saved.Count > 0)
        {
            saved.Pop();
            content.Raw("Q\n");
        }

        var resources = opacities.Count == 0
            ? string.Empty
            : "/ExtGState <<" + string.Concat(opacities.Select(a => string.Create(CultureInfo.InvariantCulture, $"/A{a} <</ca {a / 255.0:0.###} /CA {a / 255.0:0.###}>> "))) + ">>";
        return (content, resources);
    }

    private static bool Draw(SKPath path, SKPaint paint, SKMatrix matrix, PdfBuffer content, SortedSet<byte> opacities)
    {
        if (paint.Shader is not (null or ColorShader) || paint.ColorFilter is not null || paint.ImageFilter is not null
            || paint.PathEffect is not null || paint.BlendMode != SKBlendMode.SrcOver || paint.IsStrokeNonScaling)
        {
            return false;
        }

        var color = paint.Shader is ColorShader shader ? shader.Color : paint.Color ?? new SKColor(0, 0, 0, 255);
        if (color.Alpha == 0 || path.IsEmpty)
        {
            return true;
        }

        if (matrix.Persp0 != 0 || matrix.Persp1 != 0 || matrix.Persp2 != 1)
        {
            return false;
        }

        content.Raw("q ");
        if (color.Alpha < 255)
        {
            opacities.Add(color.Alpha);
            content.Raw("/A").Int(color.Alpha).Raw(" gs ");
        }

        // Drawn inside q/Q with the matrix as cm, so stroke widths scale with the drawing.
        content.Num(matrix.ScaleX).Num(matrix.SkewY).Num(matrix.SkewX).Num(matrix.ScaleY).Num(matrix.TransX).Num(matrix.TransY).Raw("cm ");
        var (r, g, b) = (color.Red / 255.0, color.Green / 255.0, color.Blue / 255.0);
        var evenOdd = path.FillType == SKPathFillType.EvenOdd;
        string op;
        switch (paint.Style)
        {
            case SKPaintStyle.Fill:
                content.Num(r).Num(g).Num(b).Raw("rg ");
                op = evenOdd ? "f*" : "f";
                break;
            case SKPaintStyle.Stroke:
            case SKPaintStyle.StrokeAndFill:
                if (paint.StrokeWidth <= 0)
                {
                    // A hairline: one device pixel in Skia, nothing meaningful on paper.
                    content.Raw("Q\n");
                    return true;
                }

                content.Num(r).Num(g).Num(b).Raw("RG ");
                content.Num(paint.StrokeWidth).Raw("w ").Int((int)paint.StrokeCap).Raw(" J ").Int((int)paint.StrokeJoin).Raw(" j ")
                    .Num(Math.Max(1, paint.StrokeMiter)).Raw("M ");
                if (paint.Style == SKPaintStyle.StrokeAndFill)
                {
                    content.Num(r).Num(g).Num(b).Raw("rg ");
                    op = evenOdd ? "B*" : "B";
                }
                else
                {
                    op = "S";
                }

                break;
            default:
                return false;
        }

        if (!PdfVectorPath.Write(path, content))
        {
            return false;
        }

        content.Raw(op).Raw(" Q\n");
        return true;
    }

    private static bool Transformed(SKMatrix matrix, SKRect rect, PdfBuffer content)
    {
        if (matrix.Persp0 != 0 || matrix.Persp1 != 0 || matrix.Persp2 != 1)
        {
            return false;
        }

        ReadOnlySpan<(float X, float Y)> corners = [(rect.Left, rect.Top), (rect.Right, rect.Top), (rect.Right, rect.Bottom), (rect.Left, rect.Bottom)];
        for (var i = 0; i < corners.Length; i++)
        {
            var (x, y) = corners[i];
            content.Num((matrix.ScaleX * x) + (matrix.SkewX * y) + matrix.TransX).Num((matrix.SkewY * x) + (matrix.ScaleY * y) + matrix.TransY)
                .Raw(i == 0 ? "m " : "l ");
        }

        content.Raw("h ");
        return true;
    }
}
