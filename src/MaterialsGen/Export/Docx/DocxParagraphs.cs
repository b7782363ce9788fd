using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>Where a paragraph stands in the flow: the room around it, its indents (twips) and its list number.</summary>
internal readonly record struct DocxPlacement(int Before, int After, bool PageBreak, int Left, int Right, int Hanging, int? NumberingId)
{
    public static DocxPlacement None { get; } = new(0, 0, false, 0, 0, 0, null);
}

/// <summary>
/// Paragraphs: a markup paragraph with its style, alignment, first-line indent and line spacing, and the
/// paragraphs that carry a rule, a picture or the room between two tables.
/// </summary>
internal static class DocxParagraphs
{
    /// <param name="inCell">
    /// In a table cell "keep with next" would keep the whole table with what follows (LibreOffice then
    /// never splits a box across pages), so it is left out there, and switched off for headings.
    /// </param>
    public static W.Paragraph Text(ParagraphBlock block, DocxPlacement at, bool inCell, DocxContext docx, OpenXmlPart part)
    {
        var look = docx.Styles.For(block, listItem: at.NumberingId is not null);
        var size = Size(block, look);
        var properties = new W.ParagraphProperties();
        if (look.StyleId is { } id)
        {
            properties.Append(new W.ParagraphStyleId { Val = id });
        }

        bool? keep = inCell ? (look.IsHeading ? false : null) : (block.KeepWithNext && !look.IsHeading ? true : null);
        properties.Append(Properties(block.Style, size, look, keep, at));
        var paragraph = properties.HasChildren ? new W.Paragraph(properties) : new W.Paragraph();
        paragraph.Append(DocxRuns.Of(block.Spans, look, block.Style.Uppercase, docx, part));
        return paragraph;
    }

    /// <summary>A horizontal rule: an empty paragraph as tall as the line, with the line as its bottom border.</summary>
    public static W.Paragraph Rule(RuleBlock rule, DocxPlacement at)
    {
        var properties = new W.ParagraphProperties();
        if (at.PageBreak)
        {
            properties.Append(new W.PageBreakBefore());
        }

        properties.Append(
            new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = DocxUnits.Eighths(rule.Thickness), Space = 0, Color = DocxUnits.Hex(rule.Color) }),
            Spacing(at, DocxUnits.Twips(Math.Max(rule.Thickness, 0.5f)), W.LineSpacingRuleValues.Exact),
            Indentation(at));
        properties.Append(new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" }, new W.FontSizeComplexScript { Val = "2" }));
        return new W.Paragraph(properties);
    }

    /// <summary>A paragraph holding one inline picture, placed left, centred or right.</summary>
    public static W.Paragraph Picture(W.Drawing drawing, HorizontalAlign align, DocxPlacement at)
    {
        var properties = new W.ParagraphProperties();
        if (at.PageBreak)
        {
            properties.Append(new W.PageBreakBefore());
        }

        properties.Append(Spacing(at, 240, W.LineSpacingRuleValues.Auto), Indentation(at));
        if (align != HorizontalAlign.Left)
        {
            properties.Append(new W.Justification { Val = align == HorizontalAlign.Center ? W.JustificationValues.Center : W.JustificationValues.Right });
        }

        return new W.Paragraph(properties, new W.Run(drawing));
    }

    /// <summary>
    /// The paragraph Word needs between two tables (or it joins them) and after a table that ends a cell;
    /// it is as tall as the room the layout leaves there, at least one point.
    /// </summary>
    public static W.Paragraph Spacer(float height, bool pageBreak)
    {
        var properties = new W.ParagraphProperties();
        if (pageBreak)
        {
            properties.Append(new W.PageBreakBefore());
        }

        properties.Append(
            new W.SpacingBetweenLines { Before = "0", After = "0", Line = DocxUnits.TwipsText(Math.Max(1, height)), LineRule = W.LineSpacingRuleValues.Exact },
            new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" }, new W.FontSizeComplexScript { Val = "2" }));
        return new W.Paragraph(properties);
    }

    /// <summary>Paragraph settings after the style id, in schema order; against a basis only what differs.</summary>
    /// <param name="keepNext">Write "keep with next" on (true) or off (false); null leaves it to the style.</param>
    public static List<OpenXmlElement> Properties(ParagraphStyle style, float size, DocxLook? basis, bool? keepNext, DocxPlacement at)
    {
        var items = new List<OpenXmlElement>();
        if (keepNext is { } keep)
        {
            items.Add(keep ? new W.KeepNext() : new W.KeepNext { Val = false });
        }

        if (at.PageBreak)
        {
            items.Add(new W.PageBreakBefore());
        }

        if (style.MinLinesAtBreak < 2 && (basis is null || basis.Paragraph.MinLinesAtBreak >= 2))
        {
            items.Add(new W.WidowControl { Val = false });
        }

        if (at.NumberingId is { } numbering)
        {
            items.Add(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = numbering }));
        }

        var line = LineTwips(style, size);
        var spacing = new W.SpacingBetweenLines();
        if (at.Before > 0)
        {
            spacing.Before = DocxUnits.Text(at.Before);
        }

        if (at.After > 0)
        {
            spacing.After = DocxUnits.Text(at.After);
        }

        if (basis is null || LineTwips(basis.Paragraph, basis.Text.Size) != line)
        {
            spacing.Line = DocxUnits.Text(line);
            spacing.LineRule = W.LineSpacingRuleValues.AtLeast;
        }

        if (spacing.HasAttributes)
        {
            items.Add(spacing);
        }

        var indentation = Indentation(at);
        var firstLine = DocxUnits.Twips(style.FirstLineIndent);
        if (at.Hanging == 0 && (basis is null ? firstLine != 0 : DocxUnits.Twips(basis.Paragraph.FirstLineIndent) != firstLine))
        {
            indentation.FirstLine = DocxUnits.Text(firstLine);
        }

        if (indentation.HasAttributes)
        {
            items.Add(indentation);
        }

        if (basis is null ? style.Align != TextAlign.Left : basis.Paragraph.Align != style.Align)
        {
            items.Add(new W.Justification { Val = Justification(style.Align) });
        }

        return items;
    }

    /// <summary>
    /// Line spacing as "at least" the layout's line height: like the layout, a line still grows for
    /// taller fonts or marks, but is never set tighter than the markup asks.
    /// </summary>
    private static int LineTwips(ParagraphStyle style, float size) => DocxUnits.Twips(style.LineHeight * size);

    private static float Size(ParagraphBlock block, DocxLook look) => block.Spans.IsEmpty ? look.Text.Size : block.Spans.Max(s => s.Style.Size);

    private static W.JustificationValues Justification(TextAlign align) => align switch
    {
        TextAlign.Center => W.JustificationValues.Center,
        TextAlign.Right => W.JustificationValues.Right,
        TextAlign.Justify => W.JustificationValues.Both,
        _ => W.JustificationValues.Left,
    };

    private static W.SpacingBetweenLines Spacing(DocxPlacement at, int line, W.LineSpacingRuleValues rule) => new()
    {
        Before = DocxUnits.Text(at.Before),
        After = DocxUnits.Text(at.After),
        Line = DocxUnits.Text(line),
        LineRule = rule,
    };

    private static W.Indentation Indentation(DocxPlacement at)
    {
        var indentation = new W.Indentation();
        if (at.Left != 0)
        {
            indentation.Left = DocxUnits.Text(at.Left);
        }

        if (at.Right != 0)
        {
            indentation.Right = DocxUnits.Text(at.Right);
        }

        if (at.Hanging != 0)
        {
            indentation.Hanging = DocxUnits.Text(at.Hanging);
        }

        return indentation;
    }
}
