using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;
using SkiaSharp;

namespace MaterialsGen.Rendering;

/// <summary>
/// Draws layout frames on a Skia canvas for raster output (PNG, JPEG, WebP). The PDF writer's
/// <see cref="Pdf.PdfPagePainter"/> draws the same items item for item, so formats cannot disagree.
/// </summary>
internal static class FramePainter
{
    public static void Paint(SKCanvas canvas, Frame frame)
    {
        foreach (var item in frame.Items)
        {
            switch (item)
            {
                case FrameRef child:
                    canvas.Save();
                    canvas.Translate(child.Offset.X, child.Offset.Y);
                    Paint(canvas, child.Frame);
                    canvas.Restore();
                    break;
                case GlyphRunItem run:
                    DrawGlyphs(canvas, run, run.Face.Typeface);
                    break;
                case RectItem rect:
                    DrawRect(canvas, rect);
                    break;
                case LineItem line:
                    using (var paint = new SKPaint { Color = ToSk(line.Color), StrokeWidth = line.Thickness, IsAntialias = true, Style = SKPaintStyle.Stroke })
                    {
                        canvas.DrawLine(line.From.X, line.From.Y, line.To.X, line.To.Y, paint);
                    }

                    break;
                case ImageItem image:
                    DrawImage(canvas, image);
                    break;
                case EmojiItem emoji:
                    canvas.Save();
                    DrawPicture(canvas, emoji.Image, new SKRect(emoji.Rect.X, emoji.Rect.Y, emoji.Rect.Right, emoji.Rect.Bottom));
                    canvas.Restore();
                    break;
                case LinkItem link:
                    canvas.DrawUrlAnnotation(new SKRect(link.Rect.X, link.Rect.Y, link.Rect.Right, link.Rect.Bottom), link.Uri);
                    break;
                default:
                    break;
            }
        }
    }

    internal static SKColor ToSk(Color color) => new(color.R, color.G, color.B, color.A);

    private static void DrawGlyphs(SKCanvas canvas, GlyphRunItem run, SKTypeface typeface)
    {
        if (run.Glyphs.Length == 0)
        {
            return;
        }

        using var font = new SKFont(typeface, run.Size)
        {
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
            Hinting = SKFontHinting.None,
            LinearMetrics = true,
        };
        // Pixels need only glyphs and positions; the text itself goes into PDFs, which are written elsewhere.
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedRun(font, run.Glyphs.Length);
        buffer.SetGlyphs(run.Glyphs);
        var positions = new SKPoint[run.Glyphs.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new SKPoint(run.X[i], run.Y[i]);
        }

        buffer.SetPositions(positions);
        using var blob = builder.Build();
        if (blob is null)
        {
            return;
        }

        using var paint = new SKPaint { Color = ToSk(run.Color), IsAntialias = true };
        canvas.DrawText(blob, run.Origin.X, run.Origin.Y, paint);
    }

    private static void DrawImage(SKCanvas canvas, ImageItem item)
    {
        var box = new SKRect(item.Rect.X, item.Rect.Y, item.Rect.Right, item.Rect.Bottom);
        var draw = item.DrawRect;
        var dest = new SKRect(draw.X, draw.Y, draw.Right, draw.Bottom);
        canvas.Save();
        if (item.Fit == ImageFit.Cover)
        {
            canvas.ClipRect(box, SKClipOperation.Intersect, antialias: true);
        }

        DrawPicture(canvas, item.Image, dest);
        canvas.Restore();
    }

    /// <summary>The whole image scaled into <paramref name="dest"/>; a vector picture is clipped to it.</summary>
    private static void DrawPicture(SKCanvas canvas, ImageSource image, SKRect dest)
    {
        if (image.Vector is { } picture)
        {
            // Played back as drawing commands at the output's resolution, so icons stay sharp at any size.
            var cull = picture.CullRect;
            var matrix = SKMatrix.CreateScaleTranslation(
                dest.Width / cull.Width,
                dest.Height / cull.Height,
                dest.Left - (cull.Left * dest.Width / cull.Width),
                dest.Top - (cull.Top * dest.Height / cull.Height));
            canvas.ClipRect(dest, SKClipOperation.Intersect, antialias: true);
            canvas.DrawPicture(picture, in matrix);
        }
        else if (image.Raster is { } raster)
        {
            canvas.DrawImage(raster, dest, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }
    }

    private static void DrawRect(SKCanvas canvas, RectItem item)
    {
        var rect = new SKRect(item.Rect.X, item.Rect.Y, item.Rect.Right, item.Rect.Bottom);
        if (item.Fill is { } fill)
        {
            using var paint = new SKPaint { IsAntialias = !item.Crisp, Style = SKPaintStyle.Fill, Color = ToSk(fill.Color) };
            if (fill.GradientTo is { } to)
            {
                var radians = fill.GradientAngle * MathF.PI / 180;
                var center = new SKPoint(rect.MidX, rect.MidY);
                var half = new SKPoint(MathF.Sin(radians) * rect.Width / 2, -MathF.Cos(radians) * rect.Height / 2);
                paint.Shader = SKShader.CreateLinearGradient(center - half, center + half, [ToSk(fill.Color), ToSk(to)], SKShaderTileMode.Clamp);
            }

            canvas.DrawRoundRect(rect, item.Radius, item.Radius, paint);
        }

        var border = item.Border;
        if (border.IsNone)
        {
            return;
        }

        using var stroke = new SKPaint { IsAntialias = true, Color = ToSk(border.Color) };
        if (border.IsUniform)
        {
            var w = border.Width.Top;
            stroke.Style = SKPaintStyle.Stroke;
            stroke.StrokeWidth = w;
            var inset = SKRect.Inflate(rect, -w / 2, -w / 2);
            canvas.DrawRoundRect(inset, Math.Max(0, item.Radius - (w / 2)), Math.Max(0, item.Radius - (w / 2)), stroke);
            return;
        }

        // Sides of different widths are drawn as bands inside the box edge.
        stroke.Style = SKPaintStyle.Fill;
        var b = border.Width;
        canvas.DrawRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Top + b.Top), stroke);
        canvas.DrawRect(new SKRect(rect.Left, rect.Bottom - b.Bottom, rect.Right, rect.Bottom), stroke);
        canvas.DrawRect(new SKRect(rect.Left, rect.Top, rect.Left + b.Left, rect.Bottom), stroke);
        canvas.DrawRect(new SKRect(rect.Right - b.Right, rect.Top, rect.Right, rect.Bottom), stroke);
    }
}
