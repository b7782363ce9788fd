using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Images;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Markup;

/// <summary>What the binders share while turning one markup tree into layout blocks.</summary>
internal sealed class BindContext(DiagnosticBag diagnostics, IReadOnlyDictionary<string, MarkupElement> styles, IResourceLoader resources)
{
    private static readonly Dictionary<string, TextAlign> Aligns = new()
    {
        ["left"] = TextAlign.Left,
        ["center"] = TextAlign.Center,
        ["right"] = TextAlign.Right,
        ["justify"] = TextAlign.Justify,
    };

    private static readonly Dictionary<string, LineBreaks> BreakModes = new()
    {
        ["auto"] = LineBreaks.Auto,
        ["simple"] = LineBreaks.Simple,
        ["optimized"] = LineBreaks.Optimized,
    };

    private static readonly Dictionary<string, bool> Transforms = new() { ["uppercase"] = true, ["none"] = false };

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Where each family the markup uses is first named (see <see cref="Layout.Paging.LayoutDocument.Families"/>).</summary>
    public Dictionary<string, Layout.Paging.NamedFamily> Families { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Notes the family a <c>font</c> or <c>marker-font</c> value names, when it is the first to name it.</summary>
    public string NameFamily(MarkupAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        var family = attribute.Value.Trim();
        Families.TryAdd(family, new(attribute.ValueOffsets.At(attribute.Value.Length - attribute.Value.TrimStart().Length), attribute.Span));
        return family;
    }

    public ValueParser Values { get; } = new(diagnostics);

    /// <summary>Where <c>&lt;image src&gt;</c> files come from; the binder itself never touches the disk.</summary>
    public IResourceLoader Resources { get; } = resources;

    /// <summary>The source map of the markup being bound; null for trees made in code.</summary>
    public SourceMap? Sources { get; init; }

    public ResolvedAttributes Attributes(MarkupElement element) => new(element, styles, Diagnostics);

    /// <summary>
    /// Runs <paramref name="use"/>, reporting what it reports about an attribute value at the content the
    /// template printed into it (an image path from brand.yaml), the template position as a note.
    /// </summary>
    public T AtValue<T>(MarkupAttribute attribute, Func<DiagnosticBag, T> use)
    {
        var origin = Sources is { } sources && attribute.ValueOffsets.At(0) is var offset and >= 0 ? sources.Locate(offset) : SourceOrigin.None;
        if (!origin.IsContent)
        {
            return use(Diagnostics);
        }

        var local = new DiagnosticBag();
        var result = use(local);
        foreach (var diagnostic in local.Items)
        {
            Diagnostics.Add(diagnostic with { Span = origin.Value, Notes = origin.Notes() });
        }

        return result;
    }

    /// <summary>The children of a container that holds only <paramref name="name"/> elements; anything else is reported.</summary>
    public IEnumerable<MarkupElement> ChildElements(MarkupElement parent, string name)
    {
        foreach (var node in parent.Children)
        {
            if (node is MarkupElement element && element.Name == name)
            {
                yield return element;
            }
            else if (node is not MarkupText text || !string.IsNullOrWhiteSpace(text.Text))
            {
                Diagnostics.Error("MG0205", $"<{parent.Name}> holds <{name}> elements only", node.Span);
            }
        }
    }

    /// <summary>Applies an element's text attributes over the inherited ones.</summary>
    public TextProps Cascade(TextProps inherited, ResolvedAttributes a)
    {
        var props = inherited;
        if (a["font"] is { } font)
        {
            props = props with { Family = NameFamily(font) };
        }

        if (a["size"] is { } size)
        {
            props = props with { Size = Math.Max(1, Values.Length(size)) };
        }

        if (a["weight"] is { } weight)
        {
            props = props with { Weight = Values.Weight(weight) };
        }

        if (a["italic"] is { } italic)
        {
            props = props with { Italic = Values.Bool(italic) };
        }

        if (a["color"] is { } color)
        {
            props = props with { Color = Values.Color(color) };
        }

        if (a["line-height"] is { } lineHeight)
        {
            props = props with { LineHeight = Values.Number(lineHeight, 0.5f, 5) };
        }

        if (a["align"] is { } align)
        {
            props = props with { Align = Values.Choice(align, Aligns, TextAlign.Left) };
        }

        if (a["indent"] is { } indent)
        {
            props = props with { Indent = Values.Length(indent) };
        }

        if (a["letter-spacing"] is { } spacing)
        {
            props = props with { LetterSpacing = Values.Length(spacing, allowNegative: true) };
        }

        if (a["transform"] is { } transform)
        {
            props = props with { Uppercase = Values.Choice(transform, Transforms, false) };
        }

        if (a["linebreaks"] is { } linebreaks)
        {
            props = props with { LineBreaks = Values.Choice(linebreaks, BreakModes, LineBreaks.Auto) };
        }

        if (a["underline"] is { } underline)
        {
            props = props with { Underline = Values.Bool(underline) };
        }

        if (a["strike"] is { } strike)
        {
            props = props with { Strike = Values.Bool(strike) };
        }

        return props;
    }
}
