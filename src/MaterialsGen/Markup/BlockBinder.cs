using System.Collections.Immutable;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Markup;

/// <summary>
/// Turns block markup into layout blocks. In any container, a run of text and inline elements becomes
/// an implicit paragraph, so <c>&lt;item&gt;Text&lt;/item&gt;</c> needs no <c>&lt;p&gt;</c>.
/// </summary>
internal sealed class BlockBinder(BindContext context)
{
    private static readonly Dictionary<string, FitMode> FitModes = new()
    {
        ["none"] = FitMode.None,
        ["shrink"] = FitMode.Shrink,
        ["fill"] = FitMode.Fill,
    };

    private enum FitMode
    {
        None,
        Shrink,
        Fill,
    }

    private static readonly Dictionary<string, StructureRole?> Roles = new()
    {
        ["quote"] = StructureRole.BlockQuote,
        ["artifact"] = StructureRole.Artifact,
        ["none"] = null,
    };

    /// <summary>Binding a running header or footer: everything in it is an artifact, so images need no alt text.</summary>
    public bool InArtifact { get; init; }

    public ImmutableArray<Block> Children(MarkupElement parent, TextProps props)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        InlineBinder? inline = null;
        foreach (var node in parent.Children)
        {
            if (node is MarkupElement element && !MarkupSchema.IsInline(element.Name))
            {
                Flush(ref inline, blocks, props, parent);
                if (Block(element, parent, props) is { } block)
                {
                    blocks.Add(block);
                }

                continue;
            }

            if (node is MarkupText text && string.IsNullOrWhiteSpace(text.Text) && inline is null)
            {
                continue;
            }

            inline ??= new InlineBinder(context);
            inline.Add(node, props, null);
        }

        Flush(ref inline, blocks, props, parent);
        return blocks.ToImmutable();
    }

    /// <summary>The children of a container as one block (a stack with the container's gap).</summary>
    public Block Stack(MarkupElement parent, TextProps props, ResolvedAttributes attributes)
    {
        var children = Children(parent, props);
        var gap = attributes["gap"] is { } g ? context.Values.Length(g) : 0;
        return children.Length == 1 ? children[0] : new StackBlock(children, gap) { Source = parent.Span, SourceOffset = parent.Offset };
    }

    private void Flush(ref InlineBinder? inline, ImmutableArray<Block>.Builder blocks, TextProps props, MarkupElement parent)
    {
        if (inline is not null && !inline.IsEmpty)
        {
            blocks.Add(new ParagraphBlock(inline.Build(), ParagraphStyleOf(props, null)) { Source = parent.Span, SourceOffset = parent.Offset, Tag = StructureTag.Of(StructureRole.P) });
        }

        inline = null;
    }

    private Block? Block(MarkupElement element, MarkupElement parent, TextProps inherited)
    {
        if (!MarkupSchema.Elements.TryGetValue(element.Name, out var spec))
        {
            context.Diagnostics.Error("MG0202", $"unknown element <{element.Name}>{Diagnostics.NearestName.Suggest(element.Name, MarkupSchema.Elements.Keys)}", element.Span);
            return null;
        }

        if (spec.Role != ElementRole.Block)
        {
            context.Diagnostics.Error("MG0205", $"<{element.Name}> cannot stand inside <{parent.Name}>", element.Span);
            return null;
        }

        var a = context.Attributes(element);
        var props = context.Cascade(inherited, a);
        Block block = element.Name switch
        {
            "p" or "h1" or "h2" or "h3" => Paragraph(element, props, a),
            "stack" => new StackBlock(Children(element, props), Gap(a)),
            "box" => Box(element, props, a),
            "row" => Row(element, props, a),
            "grid" => Grid(element, props, a),
            "list" => new ListBinder(context, this).List(element, props, a),
            "table" => new TableBinder(context, this).Table(element, props, a),
            "layers" => new LayersBlock(Children(element, props)),
            "choose" => new ChoiceBlock(Children(element, props)),
            "image" => new ImageBinder(context, InArtifact).Image(element, a),
            "qr" => new ImageBinder(context, InArtifact).Qr(element, a),
            "spacer" => new SpacerBlock(a["height"] is { } h ? context.Values.Length(h) : 12),
            "rule" => new RuleBlock(
                a["thickness"] is { } t ? context.Values.Length(t) : 0.75f,
                a["color"] is { } c ? context.Values.Color(c) : props.Color,
                a["length"] is { } l ? context.Values.Length(l) : null),
            _ => new PageBreakBlock(),
        };
        return block with
        {
            Source = element.Span,
            SourceOffset = element.Offset,
            SpaceBefore = a["space-before"] is { } before ? context.Values.Length(before) : block.SpaceBefore,
            SpaceAfter = a["space-after"] is { } after ? context.Values.Length(after) : block.SpaceAfter,
            KeepWithNext = a["keep-with-next"] is { } keep ? context.Values.Bool(keep) : block.KeepWithNext,
            Align = a["place"] is { } place ? context.Values.Place(place) : block.Align,
            Grow = a["grow"] is { } grow ? context.Values.Number(grow, 0, 1000) : block.Grow,
            Tag = a["role"] is { } role ? RoleTag(context.Values.Choice(role, Roles, null)) : TagOf(element.Name, block),
        };
    }

    private static StructureTag? RoleTag(StructureRole? role) => role switch
    {
        null => null,
        StructureRole.Artifact => StructureTag.Decoration,
        { } other => StructureTag.Of(other),
    };

    /// <summary>The structure element a block stands for: headings, paragraphs, lists, tables and figures; boxes and rows only group.</summary>
    private static StructureTag? TagOf(string name, Block block) => name switch
    {
        "p" => StructureTag.Of(StructureRole.P),
        "h1" => StructureTag.Of(StructureRole.H1),
        "h2" => StructureTag.Of(StructureRole.H2),
        "h3" => StructureTag.Of(StructureRole.H3),
        "table" => StructureTag.Of(StructureRole.Table),
        _ => block.Tag,
    };

    public ParagraphStyle ParagraphStyleOf(TextProps props, ResolvedAttributes? a) => new(
        props.Align,
        props.LineHeight,
        props.Indent,
        props.Uppercase,
        a?["min-lines"] is { } lines ? context.Values.Integer(lines, 1, 10) : 2,
        a?["min-size"] is { } min ? context.Values.Length(min) : 0)
    {
        LineBreaks = props.LineBreaks,
    };

    private ParagraphBlock Paragraph(MarkupElement element, TextProps props, ResolvedAttributes a)
    {
        var isHeading = element.Name[0] == 'h';
        if (isHeading && a["weight"] is null)
        {
            props = props with { Weight = 700 };
        }

        var inline = new InlineBinder(context);
        foreach (var child in element.Children)
        {
            if (child is MarkupElement nested && !MarkupSchema.IsInline(nested.Name))
            {
                context.Diagnostics.Error("MG0205", $"<{nested.Name}> cannot stand inside <{element.Name}>: a paragraph holds text and inline elements only", nested.Span);
                continue;
            }

            inline.Add(child, props, null);
        }

        var fit = a["fit"] is { } f ? context.Values.Choice(f, FitModes, FitMode.None) : FitMode.None;
        var style = ParagraphStyleOf(props, a);
        if (fit == FitMode.Fill)
        {
            // Filling grows up to max-size and shrinks down to min-size; either defaults to the written size's range.
            style = style with
            {
                MinFontSize = a["min-size"] is null ? props.Size : style.MinFontSize,
                MaxFontSize = a["max-size"] is { } max ? Math.Max(props.Size, context.Values.Length(max)) : props.Size * 2,
            };
        }

        return new ParagraphBlock(inline.Build(), style)
        {
            Fit = fit != FitMode.None,
            MaxLines = a["max-lines"] is { } maxLines ? context.Values.Integer(maxLines, 1, 1000) : 0,
            KeepWithNext = isHeading,
            OutlineLevel = isHeading ? element.Name[1] - '0' : 0,
            // The last class is the most specific: its values won over the others'.
            StyleName = element.Attribute("class")?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(),
        };
    }

    private BoxBlock Box(MarkupElement element, TextProps props, ResolvedAttributes a)
    {
        var values = context.Values;
        var borderWidth = Spacing.Zero;
        var borderColor = Color.Transparent;
        if (a["border"] is { } all)
        {
            var (w, c) = values.Border(all);
            borderWidth = Spacing.All(w);
            borderColor = c;
        }

        foreach (var side in new[] { "border-top", "border-right", "border-bottom", "border-left" })
        {
            if (a[side] is { } sideAttribute)
            {
                var (w, c) = values.Border(sideAttribute);
                borderColor = c;
                borderWidth = side switch
                {
                    "border-top" => borderWidth with { Top = w },
                    "border-right" => borderWidth with { Right = w },
                    "border-bottom" => borderWidth with { Bottom = w },
                    _ => borderWidth with { Left = w },
                };
            }
        }

        Paint? background = a["gradient"] is { } gradient ? values.Gradient(gradient)
            : a["background"] is { } bg ? Paint.Solid(values.Color(bg)) : null;
        return new BoxBlock(Stack(element, props, a))
        {
            Padding = a["padding"] is { } p ? values.Spacing(p) : Spacing.Zero,
            Background = background,
            Border = new Border(borderWidth, borderColor),
            Radius = a["radius"] is { } r ? values.Length(r) : 0,
            Width = a["width"] is { } w2 ? values.Length(w2) : null,
            Height = a["height"] is { } h ? values.Length(h) : null,
            MinHeight = a["min-height"] is { } mh ? values.Length(mh) : 0,
            AspectRatio = a["aspect"] is { } ar ? values.Number(ar, 0.05f, 20) : null,
            KeepTogether = a["keep-together"] is { } k && values.Bool(k),
            ShrinkToContent = a["width"] is null && a["place"] is not null,
            ContentAlign = a["valign"] is { } va ? values.VerticalAlign(va) : VerticalAlign.Top,
        };
    }

    private RowBlock Row(MarkupElement element, TextProps props, ResolvedAttributes a)
    {
        var columns = ImmutableArray.CreateBuilder<RowColumn>();
        foreach (var col in context.ChildElements(element, "col"))
        {
            var ca = context.Attributes(col);
            var colProps = context.Cascade(props, ca);
            var width = ca["width"] is { } w ? ColumnWidthOf(w) : ColumnWidth.Star;
            var valign = ca["valign"] is { } v ? context.Values.VerticalAlign(v) : VerticalAlign.Top;
            columns.Add(new RowColumn(Stack(col, colProps, ca), width, valign));
        }

        return new RowBlock(columns.ToImmutable(), Gap(a)) { EqualHeight = a["equal-height"] is { } eq && context.Values.Bool(eq) };
    }

    private StackBlock Grid(MarkupElement element, TextProps props, ResolvedAttributes a)
    {
        var count = a["columns"] is { } c ? context.Values.Integer(c, 1, 12) : 2;
        var gap = Gap(a);
        var rowGap = a["row-gap"] is { } rg ? context.Values.Length(rg) : gap;
        var equal = a["equal-height"] is not { } eq || context.Values.Bool(eq);
        var cells = Children(element, props);
        var rows = ImmutableArray.CreateBuilder<Block>();
        for (var i = 0; i < cells.Length; i += count)
        {
            var columns = Enumerable.Range(0, count)
                .Select(j => new RowColumn(i + j < cells.Length ? cells[i + j] : new SpacerBlock(0), ColumnWidth.Star))
                .ToImmutableArray();
            // Rows share whatever height the grid is given beyond its content (grid grow="1").
            rows.Add(new RowBlock(columns, gap) { EqualHeight = equal, Source = element.Span, SourceOffset = element.Offset, Grow = 1 });
        }

        return new StackBlock(rows.ToImmutable(), rowGap);
    }

    internal ColumnWidth ColumnWidthOf(MarkupAttribute attribute)
    {
        var value = attribute.Value.Trim();
        if (value == "auto")
        {
            return new ColumnWidth(ColumnWidthKind.Auto, 0);
        }

        if (value.EndsWith('*'))
        {
            var share = value.Length == 1 ? 1 : context.Values.Number(attribute with { Value = value[..^1] }, 0.01f, 100);
            return new ColumnWidth(ColumnWidthKind.Fraction, share);
        }

        return new ColumnWidth(ColumnWidthKind.Fixed, context.Values.Length(attribute));
    }

    private float Gap(ResolvedAttributes a) => a["gap"] is { } g ? context.Values.Length(g) : 0;
}
