using System.Globalization;
using ShimSkiaSharp;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// Turns an SVG's drawing commands (Svg.Skia's model) into PDF content operators, so icons and logos
/// stay vectors in the PDF. It covers what icons and logos use: paths filled and stroked (dashed too) in
/// solid colours with opacity, transforms, clips, save and restore, group opacity over a single drawing.
/// Anything else (gradients, images, text, filters, masks, blend modes, group opacity over overlapping
/// drawings) makes it give up, and the caller embeds a fine raster instead of drawing it wrong.
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
        var commands = model.Commands ?? [];
        var content = new PdfBuffer(1024);
        var opacities = new SortedSet<byte>();
        var saved = new Stack<Level>();
        var level = new Level(SKMatrix.Identity, 1, false);
        for (var i = 0; i < commands.Count; i++)
        {
            switch (commands[i])
            {
                case SaveCanvasCommand:
                case SaveLayerCanvasCommand { Paint: null }:
                    saved.Push(level);
                    level = level with { HasQ = false };
                    break;
                case SaveLayerCanvasCommand { Paint: { } paint }:
                    // A layer's opacity equals the same opacity on its drawing only when there is one
                    // drawing: two would show through each other where they overlap.
                    if (LayerAlpha(paint) is not { } alpha || (alpha < 255 && VisibleDraws(commands, i) > 1))
                    {
                        return null;
                    }

                    saved.Push(level);
                    level = level with { Opacity = level.Opacity * alpha / 255, HasQ = false };
                    break;
                case RestoreCanvasCommand:
                    // Skia ignores a restore with nothing saved.
                    if (saved.Count > 0)
                    {
                        if (level.HasQ)
                        {
                            content.Raw("Q\n");
                        }

                        level = saved.Pop();
                    }

                    break;
                case SetMatrixCanvasCommand set:
                    // Picture playback makes the total matrix relative to the picture's own space, where the form starts.
                    level = level with { Matrix = set.TotalMatrix };
                    break;
                case ClipRectCanvasCommand { Operation: SKClipOperation.Intersect } clip:
                {
                    var rect = new SKPath();
                    rect.AddRect(clip.Rect);
                    using var path = PdfVectorPath.ToSkia(rect);
                    if (!Clip(path, ref level, saved.Count, content))
                    {
                        return null;
                    }

                    break;
                }

                case ClipPathCanvasCommand { Operation: SKClipOperation.Intersect, ClipPath: { } clipPath }:
                {
                    using var path = PdfVectorPath.ToSkia(clipPath);
                    if (path is null || !Clip(path, ref level, saved.Count, content))
                    {
                        return null;
                    }

                    break;
                }

                case DrawPathCanvasCommand { Path: { } path, Paint: { } paint }:
                    if (!Draw(path, paint, level, content, opacities))
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }
        }

        for (; saved.Count > 0; level = saved.Pop())
        {
            if (level.HasQ)
            {
                content.Raw("Q\n");
            }
        }

        var resources = opacities.Count == 0
            ? string.Empty
            : "/ExtGState <<" + string.Concat(opacities.Select(a => string.Create(CultureInfo.InvariantCulture, $"/A{a} <</ca {a / 255.0:0.###} /CA {a / 255.0:0.###}>> "))) + ">>";
        return (content, resources);
    }

    /// <summary>
    /// Clips stay in force until the matching restore, so they cannot sit inside a q/Q of their own: the
    /// matrix is applied to the points here, and the save level gets its q just before its first clip
    /// (drawings keep their state inside their own q/Q, so nothing else needs one).
    /// </summary>
    private static bool Clip(SkiaSharp.SKPath path, ref Level level, int depth, PdfBuffer content)
    {
        if (!IsAffine(level.Matrix) || path.FillType is not (SkiaSharp.SKPathFillType.Winding or SkiaSharp.SKPathFillType.EvenOdd))
        {
            return false;
        }

        if (depth > 0 && !level.HasQ)
        {
            content.Raw("q\n");
            level = level with { HasQ = true };
        }

        return PdfVectorPath.WriteClip(path, level.Matrix, content);
    }

    private static bool Draw(SKPath source, SKPaint paint, Level level, PdfBuffer content, SortedSet<byte> opacities)
    {
        var stroked = paint.Style != SKPaintStyle.Fill;
        if (Colour(paint) is not { } color || paint.ColorFilter is not null || paint.ImageFilter is not null
            || paint.BlendMode != SKBlendMode.SrcOver || (stroked && paint.IsStrokeNonScaling)
            || paint.PathEffect is not (null or DashPathEffect) || (!stroked && paint.PathEffect is not null)
            || !IsAffine(level.Matrix))
        {
            return false;
        }

        using var path = PdfVectorPath.ToSkia(source);
        var alpha = (byte)Math.Round(color.Alpha * level.Opacity);
        if (!Paints(path, paint, color) || alpha == 0)
        {
            return true;
        }

        // Skia strokes and fills the union once; PDF's B may show the stroke through a translucent fill.
        var fill = FillsOnly(paint);
        var both = paint.Style == SKPaintStyle.StrokeAndFill && !fill;
        if (both && alpha < 255)
        {
            return false;
        }

        content.Raw("q ");
        if (alpha < 255)
        {
            opacities.Add(alpha);
            content.Raw("/A").Int(alpha).Raw(" gs ");
        }

        if (!level.Matrix.IsIdentity)
        {
            // The matrix goes in as cm so stroke widths and dashes scale with the drawing; scale factors get
            // more than three decimals, since a large viewBox shrunk to an icon multiplies their error.
            var m = level.Matrix;
            content.Precise(m.ScaleX).Precise(m.SkewY).Precise(m.SkewX).Precise(m.ScaleY).Num(m.TransX).Num(m.TransY).Raw("cm ");
        }

        var (r, g, b) = (color.Red / 255.0, color.Green / 255.0, color.Blue / 255.0);
        var evenOdd = path.FillType == SkiaSharp.SKPathFillType.EvenOdd;
        string op;
        if (fill)
        {
            content.Num(r).Num(g).Num(b).Raw("rg ");
            op = evenOdd ? "f*" : "f";
        }
        else
        {
            // Width 0 is Skia's hairline, one device pixel wide, which is also what PDF's 0 w means.
            content.Num(r).Num(g).Num(b).Raw("RG ").Num(paint.StrokeWidth).Raw("w ").Int((int)paint.StrokeCap).Raw(" J ")
                .Int((int)paint.StrokeJoin).Raw(" j ").Num(Math.Max(1, paint.StrokeMiter)).Raw("M ");
            if (paint.PathEffect is DashPathEffect dash)
            {
                PdfVectorPath.WriteDash(dash, content);
            }

            if (both)
            {
                content.Num(r).Num(g).Num(b).Raw("rg ");
            }

            op = !both ? "S" : evenOdd ? "B*" : "B";
        }

        if (!PdfVectorPath.Write(path, content))
        {
            return false;
        }

        content.Raw(op).Raw(" Q\n");
        return true;
    }

    /// <summary>The solid colour a paint draws with; a colour shader is still faded by the paint's own alpha.</summary>
    private static SKColor? Colour(SKPaint paint)
    {
        var own = paint.Color ?? new SKColor(0, 0, 0, 255);
        return paint.Shader switch
        {
            null => own,
            ColorShader { ColorSpace: SKColorSpace.Srgb, Color: var c } => new SKColor(c.Red, c.Green, c.Blue, (byte)Math.Round(c.Alpha * own.Alpha / 255.0)),
            _ => null,
        };
    }

    /// <summary>Whether the drawing puts anything on the page: a fill of a bare line (the default fill of a stroked path) does not.</summary>
    private static bool Paints(SkiaSharp.SKPath path, SKPaint paint, SKColor color) =>
        color.Alpha > 0 && !path.IsEmpty && !(FillsOnly(paint) && PdfVectorPath.IsFlat(path));

    /// <summary>Skia fills a path stroked and filled with no stroke width, and strokes a path only stroked with one pixel.</summary>
    private static bool FillsOnly(SKPaint paint) =>
        paint.Style == SKPaintStyle.Fill || (paint.Style == SKPaintStyle.StrokeAndFill && paint.StrokeWidth <= 0);

    /// <summary>The opacity of a layer that only fades what it holds; null for one that does anything else.</summary>
    private static byte? LayerAlpha(SKPaint paint) =>
        paint.Shader is null && paint.ColorFilter is null && paint.ImageFilter is null && paint.PathEffect is null
            && paint.BlendMode == SKBlendMode.SrcOver
            ? (paint.Color ?? new SKColor(0, 0, 0, 255)).Alpha
            : null;

    /// <summary>How many drawings the layer opened at <paramref name="start"/> holds that put anything on the page.</summary>
    private static int VisibleDraws(IList<CanvasCommand> commands, int start)
    {
        var count = 0;
        for (int i = start + 1, depth = 1; i < commands.Count && depth > 0; i++)
        {
            switch (commands[i])
            {
                case SaveCanvasCommand or SaveLayerCanvasCommand:
                    depth++;
                    break;
                case RestoreCanvasCommand:
                    depth--;
                    break;
                case SetMatrixCanvasCommand or ClipRectCanvasCommand or ClipPathCanvasCommand:
                    break;
                case DrawPathCanvasCommand { Path: { } source, Paint: { } paint }:
                    using (var path = PdfVectorPath.ToSkia(source))
                    {
                        count += Colour(paint) is { } color && !Paints(path, paint, color) ? 0 : 1;
                    }

                    break;
                default:
                    count++;
                    break;
            }
        }

        return count;
    }

    private static bool IsAffine(SKMatrix m) => m.Persp0 == 0 && m.Persp1 == 0 && m.Persp2 == 1;

    private static PdfBuffer Precise(this PdfBuffer content, float value) =>
        content.Raw(value.ToString("0.######", CultureInfo.InvariantCulture)).Byte((byte)' ');

    /// <summary>The state a save keeps: the matrix, the opacity of the layers around, and whether a q was written for a clip.</summary>
    private readonly record struct Level(SKMatrix Matrix, double Opacity, bool HasQ);
}
