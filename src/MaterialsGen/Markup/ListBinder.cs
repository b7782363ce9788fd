using System.Collections.Immutable;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Markup;

/// <summary>Binds <c>&lt;list&gt;</c>: numbering, markers and their style, item content.</summary>
internal sealed class ListBinder(BindContext context, BlockBinder blocks)
{
    public ListBlock List(MarkupElement element, TextProps props, ResolvedAttributes a)
    {
        var values = context.Values;
        // A list's indent is its marker column; text inside items hangs there with no first-line indent.
        props = props with { Indent = 0 };
        var type = a["type"] is { } t ? values.Choice(t, ListMarkers.Types.ToDictionary(p => p.Key, p => p.Key), "bullet") : "bullet";
        var number = a["start"] is { } s ? values.Integer(s, 0, 100_000) : 1;
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
            markerProps = markerProps with { Family = mf.Value.Trim() };
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
                : new ParagraphBlock([new TextSpan(markerText, markerProps.ToStyle(), item.Span) { SourceOffsets = OffsetRuns.Single(item.Offset) }], blocks.ParagraphStyleOf(markerProps, null)) { Source = item.Span, SourceOffset = item.Offset };
            items.Add((marker, blocks.Stack(item, itemProps, ia)));
        }

        return new ListBlock(
            items.ToImmutable(),
            a["gap"] is { } gap ? values.Length(gap) : 4,
            a["indent"] is { } indent ? values.Length(indent) : null,
            a["marker-gap"] is { } markerGap ? values.Length(markerGap) : 6);
    }
}
