using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Markup;

/// <summary>
/// Binds <c>&lt;image&gt;</c> and <c>&lt;qr&gt;</c>. A failed element becomes an empty spacer: its error
/// is already reported and stops the build, but the rest of the markup is still checked.
/// </summary>
internal sealed class ImageBinder(BindContext context)
{
    private static readonly Dictionary<string, ImageFit> Fits = new()
    {
        ["contain"] = ImageFit.Contain,
        ["cover"] = ImageFit.Cover,
    };

    public Block Image(MarkupElement element, ResolvedAttributes a)
    {
        var values = context.Values;
        float? width = a["width"] is { } w ? values.Length(w) : null;
        float? height = a["height"] is { } h ? values.Length(h) : null;
        var fit = a["fit"] is { } f ? values.Choice(f, Fits, ImageFit.Contain) : ImageFit.Contain;
        if (a["src"] is not { } src || string.IsNullOrWhiteSpace(src.Value))
        {
            context.Diagnostics.Error("MG0207", "<image> needs src, a path inside the project such as \"templates/images/logo.svg\"", element.Span);
            return new SpacerBlock(0);
        }

        var tint = a["color"] is { } c ? values.Color(c) : (Layout.Geometry.Color?)null;
        return context.AtValue(src, bag => context.Resources.LoadImage(src.Value.Trim(), src.Span, bag, tint)) is { } image
            ? new ImageBlock(image, width, height, fit)
            : new SpacerBlock(0);
    }

    public Block Qr(MarkupElement element, ResolvedAttributes a)
    {
        var values = context.Values;
        if (a["data"] is not { } data || data.Value.Length == 0)
        {
            context.Diagnostics.Error("MG0207", "<qr> needs data, the text or link to encode", element.Span);
            return new SpacerBlock(0);
        }

        if (QrCode.Create(data.Value) is not { } code)
        {
            context.Diagnostics.Error("MG0705", $"data of {data.Value.Length} characters is too long for a QR code", data.Span);
            return new SpacerBlock(0);
        }

        var size = a["size"] is { } s ? values.Length(s) : 96;
        var color = a["color"] is { } c ? values.Color(c) : Color.Black;
        var background = a["background"] is { } bg ? values.Color(bg) : Color.White;
        return new QrBlock(code, size, color, background);
    }
}
