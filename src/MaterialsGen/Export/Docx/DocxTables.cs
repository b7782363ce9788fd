using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// Word tables for what sits side by side or in a frame: markup tables (column widths, header rows
/// repeated on every page, shading, borders; a row never splits, as in the layout), rows of columns
/// as borderless tables (the Party header block: the committee on the left, the Party's name, its
/// underline and the date on the right), and decorated boxes as one-cell tables with the box's
/// padding, borders and fill. Word cannot fill with a gradient or round corners: a gradient box is
/// filled with its first colour and corners are square.
/// </summary>
internal static class DocxTables
{
    public static W.Table Table(TableBlock table, float width, int indent, DocxContext docx, OpenXmlPart part)
    {
        var rows = table.Header.Concat(table.Body).ToList();
        var widths = rows.Count == 0 ? [] : rows[0].Widths(docx.Layout, width);
        var padding = rows.SelectMany(r => r.Columns).Select(c => c.Content).OfType<BoxBlock>().FirstOrDefault()?.Padding ?? Spacing.Zero;
        var properties = new W.TableProperties(
            new W.TableStyle { Val = DocxStyles.Table },
            new W.TableWidth { Width = DocxUnits.Text(widths.Sum(DocxUnits.Twips)), Type = W.TableWidthUnitValues.Dxa },
            new W.TableIndentation { Width = indent, Type = W.TableWidthUnitValues.Dxa },
            Borders(table.RuleWidth, table.RuleColor),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            CellMargins(padding.Top, padding.Left, padding.Bottom, padding.Right, points: true),
            new W.TableLook { FirstRow = table.Header.Length > 0, NoVerticalBand = true, Val = "04A0" });
        var result = new W.Table(properties, Grid(widths));
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var tr = new W.TableRow(new W.TableRowProperties(Rule(index < table.Header.Length)));
            for (var c = 0; c < row.Columns.Length; c++)
            {
                var cellWidth = c < widths.Length ? widths[c] : 0;
                var box = row.Columns[c].Content as BoxBlock;
                var content = box?.Child ?? row.Columns[c].Content;
                var cell = new W.TableCellProperties(new W.TableCellWidth { Width = DocxUnits.TwipsText(cellWidth), Type = W.TableWidthUnitValues.Dxa });
                if (box?.Background is { } fill)
                {
                    cell.Append(Shading(fill.Color));
                }

                cell.Append(Align(box?.ContentAlign ?? VerticalAlign.Top));
                tr.Append(Cell(cell, Content(content, cellWidth - padding.Horizontal, docx, part)));
            }

            result.Append(tr);
        }

        return result;
    }

    /// <summary>Columns side by side; the row's gap is split between the neighbouring cells' margins.</summary>
    public static W.Table Row(RowBlock row, float width, int indent, DocxContext docx, OpenXmlPart part)
    {
        var widths = Slack(row, row.Widths(docx.Layout, width));
        var outer = widths.Select((w, i) => w + (i > 0 ? row.Gap / 2 : 0) + (i < widths.Length - 1 ? row.Gap / 2 : 0)).ToArray();
        var table = new W.Table(Frame(outer.Sum(), indent, row.Align), Grid(outer));
        var tr = new W.TableRow(new W.TableRowProperties(new W.CantSplit()));
        for (var i = 0; i < row.Columns.Length; i++)
        {
            var column = row.Columns[i];
            var cell = new W.TableCellProperties(
                new W.TableCellWidth { Width = DocxUnits.TwipsText(outer[i]), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellMargin(
                    new W.LeftMargin { Width = DocxUnits.TwipsText(i > 0 ? row.Gap / 2 : 0), Type = W.TableWidthUnitValues.Dxa },
                    new W.RightMargin { Width = DocxUnits.TwipsText(i < widths.Length - 1 ? row.Gap / 2 : 0), Type = W.TableWidthUnitValues.Dxa }),
                Align(column.Align));
            tr.Append(Cell(cell, Content(column.Content, widths[i], docx, part)));
        }

        table.Append(tr);
        return table;
    }

    /// <summary>
    /// A column as wide as its content in the layout gets a few points more from a shared column: a
    /// word processor measures text its own way, and one point short wraps the last word.
    /// </summary>
    private static float[] Slack(RowBlock row, float[] widths)
    {
        const float slack = 4;
        var shared = Enumerable.Range(0, widths.Length).FirstOrDefault(i => row.Columns[i].Width.Kind == ColumnWidthKind.Fraction && widths[i] > slack * 4, -1);
        for (var i = 0; i < widths.Length; i++)
        {
            if (row.Columns[i].Width.Kind == ColumnWidthKind.Auto && shared >= 0)
            {
                widths[i] += slack;
                widths[shared] -= slack;
            }
        }

        return widths;
    }

    /// <summary>A box with a fill, borders or padding: one cell with the same.</summary>
    public static W.Table Box(BoxBlock box, float width, int indent, DocxContext docx, OpenXmlPart part)
    {
        var outer = Math.Min(box.Width ?? (box.ShrinkToContent ? box.MaxWidth(docx.Layout) : width), width);
        var table = new W.Table(Frame(outer, indent, box.Align), Grid([outer]));
        var rowProperties = new W.TableRowProperties();
        if (box.KeepTogether || box.Height is not null)
        {
            rowProperties.Append(new W.CantSplit());
        }

        var height = box.Height ?? (box.AspectRatio is { } ratio and > 0 ? outer / ratio : (float?)null);
        if (height is not null || box.MinHeight > 0)
        {
            rowProperties.Append(new W.TableRowHeight { Val = (uint)DocxUnits.Twips(height ?? box.MinHeight), HeightType = height is null ? W.HeightRuleValues.AtLeast : W.HeightRuleValues.Exact });
        }

        var border = box.Border;
        var cell = new W.TableCellProperties(new W.TableCellWidth { Width = DocxUnits.TwipsText(outer), Type = W.TableWidthUnitValues.Dxa });
        if (!border.IsNone)
        {
            cell.Append(new W.TableCellBorders(
                Side(new W.TopBorder(), border.Width.Top, border.Color),
                Side(new W.LeftBorder(), border.Width.Left, border.Color),
                Side(new W.BottomBorder(), border.Width.Bottom, border.Color),
                Side(new W.RightBorder(), border.Width.Right, border.Color)));
        }

        if (box.Background is { } fill)
        {
            cell.Append(Shading(fill.Color));
        }

        var p = box.Padding;
        cell.Append(new W.TableCellMargin(
            new W.TopMargin { Width = DocxUnits.TwipsText(p.Top), Type = W.TableWidthUnitValues.Dxa },
            new W.LeftMargin { Width = DocxUnits.TwipsText(p.Left), Type = W.TableWidthUnitValues.Dxa },
            new W.BottomMargin { Width = DocxUnits.TwipsText(p.Bottom), Type = W.TableWidthUnitValues.Dxa },
            new W.RightMargin { Width = DocxUnits.TwipsText(p.Right), Type = W.TableWidthUnitValues.Dxa }));
        cell.Append(Align(box.ContentAlign));
        var inner = outer - p.Horizontal - border.Width.Left - border.Width.Right;
        table.Append(new W.TableRow(rowProperties, Cell(cell, Content(box.Child, inner, docx, part))));
        return table;
    }

    /// <summary>A box that only groups or places its content needs no table.</summary>
    public static bool IsPlain(BoxBlock box) =>
        box.Background is null && box.Border.IsNone && box.Padding == Spacing.Zero && box.Width is null && box.Height is null
        && box.AspectRatio is null && box.MinHeight <= 0 && !box.KeepTogether;

    public static W.TableBorders Borders(float width, Color color) => new(
        Side(new W.TopBorder(), width, color),
        Side(new W.LeftBorder(), width, color),
        Side(new W.BottomBorder(), width, color),
        Side(new W.RightBorder(), width, color),
        Side(new W.InsideHorizontalBorder(), width, color),
        Side(new W.InsideVerticalBorder(), width, color));

    /// <summary>Default cell margins, in twips unless <paramref name="points"/>.</summary>
    public static W.TableCellMarginDefault CellMargins(float top, float left, float bottom, float right, bool points = false)
    {
        short Twips(float value) => (short)(points ? DocxUnits.Twips(value) : (int)value);
        return new W.TableCellMarginDefault(
            new W.TopMargin { Width = Twips(top).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellLeftMargin { Width = Twips(left), Type = W.TableWidthValues.Dxa },
            new W.BottomMargin { Width = Twips(bottom).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellRightMargin { Width = Twips(right), Type = W.TableWidthValues.Dxa });
    }

    private static T Side<T>(T border, float width, Color color)
        where T : W.BorderType
    {
        if (width <= 0 || color.A == 0)
        {
            border.Val = W.BorderValues.Nil;
            return border;
        }

        border.Val = W.BorderValues.Single;
        border.Size = DocxUnits.Eighths(width);
        border.Space = 0U;
        border.Color = DocxUnits.Hex(color);
        return border;
    }

    /// <summary>Table settings of a layout table (row or box): no borders, no cell margins, fixed widths.</summary>
    private static W.TableProperties Frame(float width, int indent, HorizontalAlign align)
    {
        var properties = new W.TableProperties(new W.TableWidth { Width = DocxUnits.TwipsText(width), Type = W.TableWidthUnitValues.Dxa });
        if (align != HorizontalAlign.Left)
        {
            properties.Append(new W.TableJustification { Val = align == HorizontalAlign.Center ? W.TableRowAlignmentValues.Center : W.TableRowAlignmentValues.Right });
        }
        else
        {
            properties.Append(new W.TableIndentation { Width = indent, Type = W.TableWidthUnitValues.Dxa });
        }

        properties.Append(
            Borders(0, Color.Transparent),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            CellMargins(0, 0, 0, 0),
            new W.TableLook { NoHorizontalBand = true, NoVerticalBand = true, Val = "0000" });
        return properties;
    }

    private static W.TableGrid Grid(IEnumerable<float> widths) => new(widths.Select(w => new W.GridColumn { Width = DocxUnits.TwipsText(w) }));

    /// <summary>Header rows repeat on every page; no row splits, as in the layout.</summary>
    private static OpenXmlElement[] Rule(bool header) => header ? [new W.CantSplit(), new W.TableHeader()] : [new W.CantSplit()];

    private static W.Shading Shading(Color color) => new() { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = DocxUnits.Hex(color) };

    private static W.TableCellVerticalAlignment Align(VerticalAlign align) => new()
    {
        Val = align switch
        {
            VerticalAlign.Middle => W.TableVerticalAlignmentValues.Center,
            VerticalAlign.Bottom => W.TableVerticalAlignmentValues.Bottom,
            _ => W.TableVerticalAlignmentValues.Top,
        },
    };

    private static W.TableCell Cell(W.TableCellProperties properties, List<OpenXmlElement> content)
    {
        var cell = new W.TableCell(properties);
        cell.Append(content);
        return cell;
    }

    private static List<OpenXmlElement> Content(Block block, float width, DocxContext docx, OpenXmlPart part)
    {
        var flow = new DocxFlow(docx, part, Math.Max(1, width), inCell: true);
        flow.Add(block);
        return flow.Finish();
    }
}
