using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Images;

/// <summary>Box geometry of images, kept pure so layout and painting agree and tests can check it.</summary>
internal static class ImageFitting
{
    /// <summary>
    /// The box an image takes: a missing side follows the aspect ratio, no side at all means the
    /// natural size, and the result is scaled down as a whole to fit <paramref name="maxWidth"/>.
    /// </summary>
    public static Size BoxSize(Size natural, float? width, float? height, float maxWidth)
    {
        var aspect = natural.Height > 0 ? natural.Width / natural.Height : 1;
        var (w, h) = (width, height) switch
        {
            ({ } fw, { } fh) => (fw, fh),
            ({ } fw, null) => (fw, aspect > 0 ? fw / aspect : fw),
            (null, { } fh) => (fh * aspect, fh),
            _ => (natural.Width, natural.Height),
        };
        if (w > maxWidth && w > 0)
        {
            h *= maxWidth / w;
            w = maxWidth;
        }

        return new Size(Math.Max(0, w), Math.Max(0, h));
    }

    /// <summary>Where the whole image is drawn for <paramref name="box"/>; with cover it overhangs the box.</summary>
    public static Rect DrawRect(Size natural, Rect box, ImageFit fit)
    {
        if (natural.Width <= 0 || natural.Height <= 0)
        {
            return box;
        }

        var sx = box.Width / natural.Width;
        var sy = box.Height / natural.Height;
        var scale = fit == ImageFit.Cover ? Math.Max(sx, sy) : Math.Min(sx, sy);
        var w = natural.Width * scale;
        var h = natural.Height * scale;
        return new Rect(box.X + ((box.Width - w) / 2), box.Y + ((box.Height - h) / 2), w, h);
    }
}
