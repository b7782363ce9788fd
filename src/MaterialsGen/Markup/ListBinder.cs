using System.Collections.Immutable;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Markup;

/// <summary>Binds <c>&lt;list&gt;</c>: numbering, markers and their style, item content.</summary>
internal sealed class ListBinder(BindContext context, BlockBinder blocks)
{
    private static readonly Dictionary<string, ListNumberKind> Kinds = new(StringComparer.Ordinal)
    {
        ["bullet"] = ListNumberKind.Bullet,
        ["number"] = ListNumberKind.Decimal,
        ["alpha"] = ListNumberKind.LowerLetter,
        ["upper-alpha"] = ListNumberKind.UpperLetter,
        ["roman"] = ListNumberKind.UpperRoman,
        ["lower-roman"] = ListNumberKind.LowerRoman,
        ["words"] = ListNumberKind.Words,
        ["none"] = ListNumberKind.None,
    };

    public ListBlock List(MarkupElement element, TextProps props, ResolvedAttributes a)
    {
        var values = context.Values;
        // A list's indent is its marker column; text inside items hangs there with no first-line indent.
        props = props with { Indent = 0 };
        var type = a["type"] is { } t ? values.Choice(t, ListMarkers.Types.ToDictionary(p => p.Key, p => p.Key), "bullet") : "bullet";
        var number = a["start"] is { } s ? values.Integer(s, 0, 100_000) : 1;
        var numbering = new ListNumbering(Kinds[type], number, a["marker"]?.Value);
        var markerProps = props;
        if (a["marker-color"] is { } mc)
        {
            markerProps = markerProps with { Color = values.Color(mc) };
        }

        if (a["marker-weight"] is { } mw)
        {
            markerProps = markerProps with { Weight = values.Weight(mw) };
        }

        if (a["marker-size"] is { } ms)
        {
            markerProps = markerProps with { Size = values.Length(ms) };
        }

        if (a["marker-font"] is { } mf)
        {
            markerProps = markerProps with { Family = context.NameFamily(mf) };
        }

        markerProps = markerProps with { Indent = 0, Align = TextAlign.Left, Uppercase = false };
        var items = ImmutableArray.CreateBuilder<(Block?, Block)>();
        foreach (var item in context.ChildElements(element, "item"))
        {
            var ia = context.Attributes(item);
            var itemProps = context.Cascade(props, ia);
            var custom = ia["marker"]?.Value ?? a["marker"]?.Value;
            var markerText = ListMarkers.Marker(type, number++, custom);
            Block? marker = markerText.Length == 0
                ? null
                : new ParagraphBlock([new TextSpan(markerText, markerProps.ToStyle(), item.Span) { SourceOffsets = OffsetRuns.Single(item.Offset) }], blocks.ParagraphStyleOf(markerProps, null)) { Source = item.Span, SourceOffset = item.Offset, Tag = StructureTag.Of(StructureRole.Lbl) };
            var content = blocks.Stack(item, itemProps, ia);
            var body = content is StackBlock { Tag: null } stack ? stack : new StackBlock([content], 0) { Source = item.Span };
            items.Add((marker, body with { Tag = StructureTag.Of(StructureRole.LBody), Grow = ia["grow"] is { } grow ? values.Number(grow, 0, 1000) : body.Grow }));
        }

        return new ListBlock(
            items.ToImmutable(),
            a["gap"] is { } gap ? values.Length(gap) : 4,
            a["indent"] is { } indent ? values.Length(indent) : null,
            a["marker-gap"] is { } markerGap ? values.Length(markerGap) : 6)
        {
            Numbering = numbering,
            Tag = new StructureTag(StructureRole.L) { Numbering = PdfNumbering(numbering.Kind) },
        };
    }

    /// <summary>PDF's ListNumbering for a list's labels; spelled-out ordinals count in decimal.</summary>
    private static string PdfNumbering(ListNumberKind kind) => kind switch
    {
        ListNumberKind.Bullet => "Disc",
        ListNumberKind.LowerLetter => "LowerAlpha",
        ListNumberKind.UpperLetter => "UpperAlpha",
        ListNumberKind.UpperRoman => "UpperRoman",
        ListNumberKind.LowerRoman => "LowerRoman",
        ListNumberKind.None => "None",
        _ => "Decimal",
    };
}
