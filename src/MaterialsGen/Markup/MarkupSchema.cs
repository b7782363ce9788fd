using System.Collections.Frozen;

namespace MaterialsGen.Markup;

/// <summary>
/// Every element and attribute of the layout markup in one table: the binder validates against it, the
/// "did you mean" suggestions come from it, and templates/README.md documents it.
/// </summary>
internal static class MarkupSchema
{
    /// <summary>Text attributes: allowed on every element that holds text, inherited by its descendants.</summary>
    public static readonly string[] TextAttributes =
        ["class", "font", "size", "weight", "italic", "color", "line-height", "align", "indent", "letter-spacing", "transform", "underline", "strike", "linebreaks"];

    private static readonly string[] BlockAttributes = ["space-before", "space-after", "keep-with-next", "place", "grow", "role"];

    private static readonly string[] BoxAttributes =
        ["padding", "background", "gradient", "border", "border-top", "border-right", "border-bottom", "border-left", "radius", "width", "height", "min-height", "aspect", "keep-together", "valign"];

    private static readonly string[] ParagraphAttributes = ["fit", "min-size", "max-size", "min-lines", "max-lines"];

    public static FrozenDictionary<string, (ElementRole Role, FrozenSet<string> Attributes)> Elements { get; } = new Dictionary<string, (ElementRole, FrozenSet<string>)>
    {
        ["document"] = (ElementRole.Root, Set(["title", "author", "subject", "keywords", "lang", "source", "docx-fonts"])),
        ["styles"] = (ElementRole.Part, Set([])),
        ["style"] = (ElementRole.Part, Set([.. TextAttributes, .. BlockAttributes, .. BoxAttributes, .. ParagraphAttributes, "name", "gap"])),
        ["page"] = (ElementRole.Section, Set([.. TextAttributes, "paper", "orientation", "margin", "background", "header-gap", "footer-gap", "different-first-page"])),
        ["canvas"] = (ElementRole.Section, Set([.. TextAttributes, "width", "height", "margin", "background", "gradient", "header-gap", "footer-gap", "gap", "min-text-size"])),
        ["header"] = (ElementRole.Region, Set([.. TextAttributes, "gap"])),
        ["footer"] = (ElementRole.Region, Set([.. TextAttributes, "gap"])),
        ["first-header"] = (ElementRole.Region, Set([.. TextAttributes, "gap"])),
        ["first-footer"] = (ElementRole.Region, Set([.. TextAttributes, "gap"])),
        ["body"] = (ElementRole.Region, Set([.. TextAttributes, "gap"])),
        ["stack"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, "gap"])),
        ["box"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, .. BoxAttributes, "gap"])),
        ["row"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, "gap", "equal-height"])),
        ["col"] = (ElementRole.Part, Set([.. TextAttributes, "width", "valign", "gap"])),
        ["grid"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, "columns", "gap", "row-gap", "equal-height"])),
        ["list"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, "type", "marker", "start", "gap", "indent", "marker-gap", "marker-color", "marker-weight", "marker-size", "marker-font"])),
        ["item"] = (ElementRole.Part, Set([.. TextAttributes, "gap", "marker", "grow"])),
        ["p"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, .. ParagraphAttributes])),
        ["h1"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, .. ParagraphAttributes])),
        ["h2"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, .. ParagraphAttributes])),
        ["h3"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, .. ParagraphAttributes])),
        ["layers"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes])),
        ["choose"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes])),
        ["table"] = (ElementRole.Block, Set([.. TextAttributes, .. BlockAttributes, "columns", "header-rows", "border", "padding", "header-background", "stripe"])),
        ["tr"] = (ElementRole.Part, Set([.. TextAttributes, "background"])),
        ["td"] = (ElementRole.Part, Set([.. TextAttributes, "background", "valign", "gap"])),
        ["spacer"] = (ElementRole.Block, Set(["height", "grow"])),
        ["rule"] = (ElementRole.Block, Set([.. BlockAttributes, "thickness", "color", "length"])),
        ["page-break"] = (ElementRole.Block, Set([])),
        ["image"] = (ElementRole.Block, Set([.. BlockAttributes, "src", "width", "height", "fit", "color", "alt"])),
        ["qr"] = (ElementRole.Block, Set([.. BlockAttributes, "data", "size", "color", "background", "alt"])),
        ["b"] = (ElementRole.Inline, Set(TextAttributes)),
        ["i"] = (ElementRole.Inline, Set(TextAttributes)),
        ["u"] = (ElementRole.Inline, Set(TextAttributes)),
        ["s"] = (ElementRole.Inline, Set(TextAttributes)),
        ["span"] = (ElementRole.Inline, Set(TextAttributes)),
        ["a"] = (ElementRole.Inline, Set([.. TextAttributes, "href"])),
        ["br"] = (ElementRole.Inline, Set([])),
        ["page-number"] = (ElementRole.Inline, Set(TextAttributes)),
        ["page-count"] = (ElementRole.Inline, Set(TextAttributes)),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsInline(string name) => Elements.TryGetValue(name, out var spec) && spec.Role == ElementRole.Inline;

    public static bool IsBlock(string name) => Elements.TryGetValue(name, out var spec) && spec.Role == ElementRole.Block;

    private static FrozenSet<string> Set(IEnumerable<string> names) => names.ToFrozenSet(StringComparer.Ordinal);
}
