using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Markup;

/// <summary>
/// Binds <c>&lt;image&gt;</c> and <c>&lt;qr&gt;</c>. A failed element becomes an empty spacer: its error
/// is already reported and stops the build, but the rest of the markup is still checked. A picture is a
/// figure with its alt text for screen readers, or decoration (<c>alt=""</c>, or in a running header).
/// </summary>
/// <param name="inArtifact">Inside a running header or footer, where everything is an artifact.</param>
internal sealed class ImageBinder(BindContext context, bool inArtifact)
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
        if (a["alt"] is null && !inArtifact)
        {
            context.Diagnostics.Warning(
                "MG0820",
                "<image> has no alt text, so a screen reader cannot tell what it shows: describe it with alt=\"…\", or write alt=\"\" when it is decoration (an icon beside text that says the same)",
                element.Span);
        }

        return context.AtValue(src, bag => context.Resources.LoadImage(src.Value.Trim(), src.Span, bag, tint)) is { } image
            ? new ImageBlock(image, width, height, fit) { Tag = Figure(a["alt"]?.Value) }
            : new SpacerBlock(0);
    }

    /// <summary>A figure with its alt text; empty alt text marks decoration.</summary>
    private StructureTag Figure(string? alt) =>
        inArtifact || alt is { Length: 0 } ? StructureTag.Decoration : new StructureTag(StructureRole.Figure) { Alt = alt?.Trim() };

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
        // A code carries its data: what the reader hears unless the template says better.
        return new QrBlock(code, size, color, background) { Tag = Figure(a["alt"]?.Value ?? "Mã QR: " + data.Value) };
    }
}
