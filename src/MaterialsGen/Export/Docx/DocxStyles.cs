using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>A named paragraph style as the exporter knows it: its id (null for Normal) and what it sets.</summary>
internal sealed record DocxLook(string? StyleId, TextStyle Text, ParagraphStyle Paragraph)
{
    public bool IsHeading => StyleId?.StartsWith("Heading", StringComparison.Ordinal) == true;
}

/// <summary>
/// The document's named styles. Normal is the page's own text settings; headings come from
/// <c>h1</c>–<c>h3</c>, List Paragraph from list items, Quote from <c>class="quote"</c>, and every
/// other markup class (<c>class="body"</c>) becomes a style of that name. A style takes its settings
/// from the first paragraph that uses it; paragraphs then write only what differs from their style.
/// </summary>
internal sealed class DocxStyles(TextStyle normalText, ParagraphStyle normalParagraph)
{
    public const string Table = "TableGrid";

    private readonly List<(DocxLook Look, string Name, int Outline)> _styles = [];
    private readonly Dictionary<string, DocxLook> _byId = new(StringComparer.Ordinal);

    public DocxLook Normal { get; } = new(null, normalText, normalParagraph);

    public DocxLook For(ParagraphBlock paragraph, bool listItem)
    {
        var (id, name) = paragraph.OutlineLevel > 0 ? ($"Heading{paragraph.OutlineLevel}", $"heading {paragraph.OutlineLevel}")
            : listItem ? ("ListParagraph", "List Paragraph")
            : paragraph.StyleName is "quote" ? ("Quote", "Quote")
            : paragraph.StyleName is { } style ? (Id(style), style)
            : ((string?)null, (string?)null);
        if (id is null || name is null)
        {
            return Normal;
        }

        if (!_byId.TryGetValue(id, out var look))
        {
            var text = paragraph.Spans.FirstOrDefault(s => s.Style.Link is null)?.Style ?? Normal.Text;
            look = new DocxLook(id, text, paragraph.Style);
            _byId[id] = look;
            _styles.Add((look, name, paragraph.OutlineLevel));
        }

        return look;
    }

    public void Write(StyleDefinitionsPart part, DocxFonts fonts, string language)
    {
        var defaults = DocxRunProperties.Of(Normal.Text, Normal.Paragraph.Uppercase, null, false, fonts);
        defaults.Add(new W.Languages { Val = language, EastAsia = language, Bidi = language });
        var styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(defaults)),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                    new W.WidowControl(),
                    new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }))));

        styles.Append(Paragraph(Normal, "Normal", 0, basis: null, fonts));
        foreach (var (look, name, outline) in _styles)
        {
            styles.Append(Paragraph(look, name, outline, Normal, fonts));
        }

        styles.Append(TableStyles());
        part.Styles = styles;
    }

    private static W.Style Paragraph(DocxLook look, string name, int outline, DocxLook? basis, DocxFonts fonts)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = look.StyleId ?? "Normal" };
        style.Append(new W.StyleName { Val = name });
        if (basis is not null)
        {
            style.Append(new W.BasedOn { Val = "Normal" });
            style.Append(new W.NextParagraphStyle { Val = outline > 0 ? "Normal" : look.StyleId });
        }
        else
        {
            style.Default = true;
        }

        style.Append(new W.PrimaryStyle());
        var paragraph = DocxParagraphs.Properties(look.Paragraph, look.Text.Size, basis, outline > 0 ? true : null, DocxPlacement.None);
        if (outline > 0)
        {
            paragraph.Add(new W.OutlineLevel { Val = outline - 1 });
        }

        style.Append(new W.StyleParagraphProperties(paragraph));
        var run = DocxRunProperties.Of(look.Text, look.Paragraph.Uppercase, basis?.Text, basis?.Paragraph.Uppercase ?? false, fonts);
        if (run.Count > 0)
        {
            style.Append(new W.StyleRunProperties(run));
        }

        return style;
    }

    /// <summary>Normal Table with no cell margins of its own (rows and boxes set theirs), and Table Grid for markup tables.</summary>
    private static IEnumerable<OpenXmlElement> TableStyles()
    {
        yield return new W.Style(
            new W.StyleName { Val = "Normal Table" },
            new W.UIPriority { Val = 99 },
            new W.SemiHidden(),
            new W.UnhideWhenUsed(),
            new W.StyleTableProperties(
                new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
                DocxTables.CellMargins(0, 108, 0, 108)))
        { Type = W.StyleValues.Table, StyleId = "TableNormal", Default = true };
        yield return new W.Style(
            new W.StyleName { Val = "Table Grid" },
            new W.BasedOn { Val = "TableNormal" },
            new W.UIPriority { Val = 39 },
            new W.StyleTableProperties(DocxTables.Borders(0.5f, new Layout.Geometry.Color(0, 0, 0))))
        { Type = W.StyleValues.Table, StyleId = Table };
    }

    /// <summary>A style id from a class name: letters and digits only, as Word writes them.</summary>
    private static string Id(string name)
    {
        var id = new StringBuilder();
        foreach (var c in name.Where(char.IsAsciiLetterOrDigit))
        {
            id.Append(id.Length == 0 ? char.ToUpperInvariant(c) : c);
        }

        return id.Length == 0 ? "Style" : id.ToString();
    }
}
