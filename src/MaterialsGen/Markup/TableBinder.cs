using System.Collections.Immutable;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Markup;

/// <summary>
/// Binds <c>&lt;table columns="2* 1* 80" header-rows="1"&gt;&lt;tr&gt;&lt;td&gt;…</c>: column widths shared by
/// every row, cells as padded boxes stretched to their row's height, header rows repeated on each page.
/// </summary>
internal sealed class TableBinder(BindContext context, BlockBinder blocks)
{
    public TableBlock Table(MarkupElement element, TextProps props, ResolvedAttributes a)
    {
        var values = context.Values;
        var (rule, ruleColor) = a["border"] is { } b ? values.Border(b) : (0.5f, new Color(0x99, 0x99, 0x99));
        var padding = a["padding"] is { } p ? values.Spacing(p) : new Spacing(4, 6, 4, 6);
        var headerRows = a["header-rows"] is { } h ? values.Integer(h, 0, 10) : 0;
        var headerBackground = a["header-background"] is { } hb ? values.Color(hb) : (Color?)null;
        var stripe = a["stripe"] is { } st ? values.Color(st) : (Color?)null;
        var rows = context.ChildElements(element, "tr").ToList();
        var columnCount = rows.Count == 0 ? 0 : rows.Max(r => r.Children.OfType<MarkupElement>().Count(c => c.Name == "td"));
        var widths = Widths(a, columnCount);

        var header = ImmutableArray.CreateBuilder<RowBlock>();
        var body = ImmutableArray.CreateBuilder<RowBlock>();
        for (var r = 0; r < rows.Count; r++)
        {
            var ra = context.Attributes(rows[r]);
            var isHeader = r < headerRows;
            var rowProps = context.Cascade(isHeader && ra["weight"] is null ? props with { Weight = 700 } : props, ra);
            var rowBackground = ra["background"] is { } rb ? values.Color(rb)
                : isHeader ? headerBackground
                : stripe is not null && (r - headerRows) % 2 == 1 ? stripe : null;
            var cells = ImmutableArray.CreateBuilder<RowColumn>();
            var c = 0;
            foreach (var td in context.ChildElements(rows[r], "td"))
            {
                var ca = context.Attributes(td);
                var background = ca["background"] is { } cb ? values.Color(cb) : rowBackground;
                var cell = new BoxBlock(blocks.Stack(td, context.Cascade(rowProps, ca), ca))
                {
                    Padding = padding,
                    Border = new Border(new Spacing(0, rule, rule, 0), ruleColor),
                    Background = background is { } bg ? Paint.Solid(bg) : null,
                    ContentAlign = ca["valign"] is { } v ? values.VerticalAlign(v) : VerticalAlign.Top,
                    Source = td.Span,
                    Tag = StructureTag.Of(isHeader ? StructureRole.TH : StructureRole.TD),
                    SourceOffset = td.Offset,
                };
                cells.Add(new RowColumn(cell, c < widths.Length ? widths[c] : ColumnWidth.Star));
                c++;
            }

            for (; c < columnCount; c++)
            {
                // Short rows get empty cells so the grid lines stay whole.
                var filler = new BoxBlock(new SpacerBlock(0)) { Border = new Border(new Spacing(0, rule, rule, 0), ruleColor), Tag = StructureTag.Of(isHeader ? StructureRole.TH : StructureRole.TD) };
                cells.Add(new RowColumn(filler, c < widths.Length ? widths[c] : ColumnWidth.Star));
            }

            var row = new RowBlock(cells.ToImmutable(), 0) { EqualHeight = true, Source = rows[r].Span, SourceOffset = rows[r].Offset, Tag = StructureTag.Of(StructureRole.TR) };
            (isHeader ? header : body).Add(row);
        }

        var heads = header.ToImmutable();
        var bodyRows = body.ToImmutable();
        return new TableBlock(heads, bodyRows)
        {
            RuleWidth = rule,
            RuleColor = ruleColor,
            Columns = [.. Enumerable.Range(0, columnCount).Select(c => c < widths.Length ? widths[c] : ColumnWidth.Star)],
            SizingRows = heads.AddRange(bodyRows),
        };
    }

    /// <summary>The columns attribute, or every column sized to its content (CSS's automatic table layout) without one.</summary>
    private ColumnWidth[] Widths(ResolvedAttributes a, int count)
    {
        if (a["columns"] is not { } columns)
        {
            return [.. Enumerable.Repeat(new ColumnWidth(ColumnWidthKind.Auto, 0), count)];
        }

        return [.. columns.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => blocks.ColumnWidthOf(columns with { Value = w }))];
    }
}
