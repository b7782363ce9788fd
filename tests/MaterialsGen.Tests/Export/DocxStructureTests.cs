using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Tests.Export;

/// <summary>What an office opening the Word files finds: styles, numbering, tables, the Party header block, sections, pictures, fonts.</summary>
[Collection(DocxCollection.Name)]
public sealed class DocxStructureTests(DocxSample sample)
{
    private const string Party = "tai-lieu-kp5-tien-thanh";
    private const string Designed = "tai-lieu-sinh-hoat";

    [Fact]
    public void Named_styles_carry_the_markups_settings()
    {
        using var document = sample.Open(Designed);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        foreach (var id in new[] { "Normal", "Heading1", "Heading2", "ListParagraph", "Quote", "TableGrid", "Body" })
        {
            Assert.True(styles.ContainsKey(id), $"no style {id}: {string.Join(", ", styles.Keys)}");
        }

        Assert.Equal("heading 2", styles["Heading2"].StyleName!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.NotNull(styles["Heading2"].StyleParagraphProperties!.KeepNext);
        Assert.NotNull(styles["Quote"].StyleRunProperties!.Italic);
        var quote = Body(document).Descendants<W.Paragraph>().Single(p => DocxText.Of(p).StartsWith('“'));
        Assert.Equal("Quote", quote.ParagraphProperties!.ParagraphStyleId!.Val!.Value);

        using var party = sample.Open(Party);
        var body = party.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "Body").StyleParagraphProperties!;
        Assert.Equal(W.JustificationValues.Both, body.Justification!.Val!.Value);
        Assert.Equal("567", body.Indentation!.FirstLine!.Value);                // indent="1cm"
        Assert.Equal("364", body.SpacingBetweenLines!.Line!.Value);             // 1.3 × 14 pt
        Assert.Equal(W.LineSpacingRuleValues.AtLeast, body.SpacingBetweenLines.LineRule!.Value);
        var solution = Body(party).Descendants<W.Paragraph>().First(p => DocxText.Of(p).StartsWith("Một là,", StringComparison.Ordinal));
        Assert.Equal("Body", solution.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.NotNull(solution.Elements<W.Run>().First().RunProperties!.Bold);
        Assert.Null(solution.Elements<W.Run>().Last().RunProperties?.Bold);
    }

    [Fact]
    public void Lettered_and_numbered_lists_are_word_numbering()
    {
        using var document = sample.Open(Party);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var items = Body(document).Descendants<W.Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(4 + 9 + 2, items.Count);
        var formats = items.Select(p => Level(numbering, p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value)).Select(l => (l.NumberingFormat!.Val!.Value, l.LevelText!.Val!.Value, l.StartNumberingValue!.Val!.Value)).ToList();
        Assert.All(formats.Take(13), f => Assert.Equal((W.NumberFormatValues.LowerLetter, "%1)", 1), f));
        Assert.All(formats.Skip(13), f => Assert.Equal((W.NumberFormatValues.Decimal, "%1.", 1), f));
        // Each list counts from its own start: the 9 không restart at a).
        Assert.NotEqual(items[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, items[4].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        var first = items[0].ParagraphProperties!;
        Assert.Equal("ListParagraph", first.ParagraphStyleId!.Val!.Value);
        Assert.Equal(first.Indentation!.Left!.Value, first.Indentation.Hanging!.Value); // hanging marker in indent="1.6cm"
        Assert.Equal("907", first.Indentation.Hanging!.Value);
    }

    [Fact]
    public void The_references_table_keeps_widths_header_shading_and_borders()
    {
        using var document = sample.Open(Designed);
        var table = Body(document).Elements<W.Table>().Single(t => t.GetFirstChild<W.TableProperties>()!.TableStyle?.Val == "TableGrid");
        var grid = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => double.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, grid.Count);
        Assert.Equal(3 / 1.3, grid[0] / grid[1], 2);
        Assert.Equal(72 * 20, grid[2]);                // columns="3* 1.3* 72": a fixed 72 pt, in twips
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<W.TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<W.CantSplit>()));
        Assert.Equal(["Văn bản", "Cơ quan ban hành", "Thời gian"], rows[0].Elements<W.TableCell>().Select(DocxText.Of));
        Assert.All(rows[0].Elements<W.TableCell>(), c => Assert.Equal("B3261E", c.TableCellProperties!.Shading!.Fill!.Value));
        Assert.Equal("F7F2EE", rows[2].Elements<W.TableCell>().First().TableCellProperties!.Shading!.Fill!.Value);
        Assert.Null(rows[1].Elements<W.TableCell>().First().TableCellProperties!.Shading);
        var borders = table.GetFirstChild<W.TableProperties>()!.TableBorders!;
        Assert.Equal("C9B8B0", borders.InsideHorizontalBorder!.Color!.Value);
        Assert.Equal(4u, borders.TopBorder!.Size!.Value);
    }

    [Fact]
    public void The_party_header_block_is_a_borderless_two_column_table_with_the_underline_and_the_star()
    {
        using var document = sample.Open(Party);
        var table = Assert.IsType<W.Table>(Body(document).ChildElements[0]);
        var borders = table.GetFirstChild<W.TableProperties>()!.TableBorders!;
        Assert.All(borders.ChildElements.OfType<W.BorderType>(), b => Assert.Equal(W.BorderValues.Nil, b.Val!.Value));
        var cells = table.Descendants<W.TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        Assert.Equal(["ĐẢNG BỘ PHƯỜNG TIẾN THÀNH", "CHI BỘ KHU PHỐ 5", "*"], DocxText.Paragraphs(cells[0]));
        var right = cells[1].Elements<W.Paragraph>().ToList();
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", DocxText.Of(right[0]));
        Assert.NotNull(right[0].Elements<W.Run>().First().RunProperties!.Bold);
        var rule = right[1].ParagraphProperties!;
        Assert.Equal(W.BorderValues.Single, rule.ParagraphBorders!.BottomBorder!.Val!.Value);
        Assert.Equal(rule.Indentation!.Left!.Value, rule.Indentation.Right!.Value);  // centred, 170 pt long
        Assert.StartsWith("Đồng Xoài, ngày 10 tháng 01 năm 2024", DocxText.Of(right[2]), StringComparison.Ordinal);
        var widths = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1.25, (widths[1] - 80) / (double)(widths[0] - 80), 2);   // 1* and 1.25* beside a gap of 8 pt
    }

    [Fact]
    public void Party_format_pages_are_a4_with_decree_30_margins_and_numbers_from_page_2()
    {
        using var document = sample.Open(Party);
        var section = Body(document).GetFirstChild<W.SectionProperties>()!;
        var size = section.GetFirstChild<W.PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal((1701u, 850u, 1134u, 1134u), (margin.Left!.Value, margin.Right!.Value, margin.Header!.Value, margin.Footer!.Value));
        Assert.True(margin.Top!.Value > 1134);   // the page number and its gap sit above the body
        Assert.NotNull(section.GetFirstChild<W.TitlePage>());
        var main = document.MainDocumentPart!;
        var headers = section.Elements<W.HeaderReference>().ToDictionary(r => r.Type!.Value, r => (HeaderPart)main.GetPartById(r.Id!.Value!));
        Assert.Contains(" PAGE ", headers[W.HeaderFooterValues.Default].Header!.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGE", headers[W.HeaderFooterValues.First].Header!.InnerText, StringComparison.Ordinal);
        var fonts = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        Assert.Equal("28", main.StyleDefinitionsPart.Styles.DocDefaults.RunPropertiesDefault.RunPropertiesBaseStyle!.FontSize!.Val!.Value);
        Assert.DoesNotContain("Tinos", main.Document!.OuterXml + main.StyleDefinitionsPart.Styles.OuterXml + main.FontTablePart!.Fonts!.OuterXml, StringComparison.Ordinal);
        // Times New Roman is described by Tinos's own PANOSE (the same as Times New Roman's) and needs no alternative.
        var entry = main.FontTablePart.Fonts.Elements<W.Font>().Single();
        Assert.Equal(("Times New Roman", "02020603050405020304", W.FontFamilyValues.Roman), (entry.Name!.Value, entry.Panose1Number!.Val!.Value, entry.FontFamily!.Val!.Value));
        Assert.Null(entry.AltName);
    }

    [Fact]
    public void Designed_handout_has_its_brand_fonts_a_numbered_footer_and_the_logo_as_svg_with_a_png()
    {
        using var document = sample.Open(Designed);
        var main = document.MainDocumentPart!;
        // Outside the Party format the brand's families keep their names; the font table says what stands in for them.
        var fonts = main.FontTablePart!.Fonts!.Elements<W.Font>().ToDictionary(f => f.Name!.Value!);
        Assert.Equal(["Be Vietnam Pro", "Tinos"], fonts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("Times New Roman", W.FontFamilyValues.Roman, "02020603050405020304"), (fonts["Tinos"].AltName!.Val!.Value, fonts["Tinos"].FontFamily!.Val!.Value, fonts["Tinos"].Panose1Number!.Val!.Value));
        Assert.Equal(("Arial", W.FontFamilyValues.Swiss), (fonts["Be Vietnam Pro"].AltName!.Val!.Value, fonts["Be Vietnam Pro"].FontFamily!.Val!.Value));
        Assert.Null(fonts["Be Vietnam Pro"].Panose1Number);   // the font leaves its PANOSE unset
        Assert.Equal("Tinos", main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii!.Value);
        Assert.DoesNotContain("Times New Roman", main.Document!.OuterXml + main.StyleDefinitionsPart.Styles.OuterXml, StringComparison.Ordinal);
        var section = Body(document).GetFirstChild<W.SectionProperties>()!;
        Assert.Null(section.GetFirstChild<W.TitlePage>());
        var footer = (FooterPart)main.GetPartById(section.GetFirstChild<W.FooterReference>()!.Id!.Value!);
        var codes = footer.Footer!.Descendants<W.FieldCode>().Select(c => c.Text.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], codes);
        Assert.StartsWith("Trang ", DocxText.Paragraphs(footer.Footer).Single(), StringComparison.Ordinal);
        var header = (HeaderPart)main.GetPartById(section.GetFirstChild<W.HeaderReference>()!.Id!.Value!);
        Assert.Equal(["image/png", "image/svg+xml"], header.ImageParts.Select(p => p.ContentType).Order(StringComparer.Ordinal));
        var png = header.ImageParts.Single(p => p.ContentType == "image/png");
        using (var stream = png.GetStream())
        using (var bitmap = SkiaSharp.SKBitmap.Decode(stream))
        {
            Assert.Equal(56, bitmap.Width);   // the 14 pt logo rendered at 4 px per point
        }

        var blip = header.Header!.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        Assert.Equal(header.GetIdOfPart(png), blip.Embed!.Value);
        var svg = blip.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>().Single();
        Assert.Equal("image/svg+xml", header.GetPartById(svg.Embed!.Value!).ContentType);
    }

    [Fact]
    public void The_a5_leaflet_is_an_a5_page_in_the_brand_fonts()
    {
        using var document = sample.Open("to-roi-a5");
        Assert.Equal(["Be Vietnam Pro", "Tinos"], document.MainDocumentPart!.FontTablePart!.Fonts!.Elements<W.Font>().Select(f => f.Name!.Value!).Order(StringComparer.Ordinal));
        var size = Body(document).GetFirstChild<W.SectionProperties>()!.GetFirstChild<W.PageSize>()!;
        Assert.Equal((8391u, 11906u), (size.Width!.Value, size.Height!.Value));
        Assert.Null(size.Orient);
    }

    private static W.Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static W.Level Level(W.Numbering numbering, int id)
    {
        var instance = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == id);
        return numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value).Elements<W.Level>().Single();
    }
}
