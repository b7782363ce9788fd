using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// A paragraph's spans as runs: text (a forced line break as <c>w:br</c>), the page number and page
/// count as PAGE and NUMPAGES fields, and spans with a link inside one <c>w:hyperlink</c>.
/// </summary>
internal static class DocxRuns
{
    public static IEnumerable<OpenXmlElement> Of(IReadOnlyList<TextSpan> spans, DocxLook look, bool caps, DocxContext docx, OpenXmlPart part)
    {
        var elements = new List<OpenXmlElement>();
        W.Hyperlink? link = null;
        string? linkTarget = null;
        foreach (var span in spans)
        {
            if (span.Style.Link != linkTarget)
            {
                linkTarget = span.Style.Link;
                link = linkTarget is null ? null : new W.Hyperlink { Id = docx.Link(part, linkTarget) };
                if (link is not null)
                {
                    elements.Add(link);
                }
            }

            var runs = Runs(span, look, caps, docx.Fonts);
            if (link is not null)
            {
                link.Append(runs);
            }
            else
            {
                elements.AddRange(runs);
            }
        }

        return elements;
    }

    private static List<OpenXmlElement> Runs(TextSpan span, DocxLook look, bool caps, DocxFonts fonts)
    {
        W.RunProperties? Properties()
        {
            var items = DocxRunProperties.Of(span.Style, caps, look.Text, look.Paragraph.Uppercase, fonts);
            return items.Count == 0 ? null : new W.RunProperties(items);
        }

        W.Run Run(params OpenXmlElement[] content)
        {
            var run = new W.Run();
            if (Properties() is { } properties)
            {
                run.Append(properties);
            }

            run.Append(content);
            return run;
        }

        if (span.Field != TextField.None)
        {
            // The cached result is what a reader shows before fields are updated; Word and LibreOffice update PAGE as they lay out.
            var code = span.Field == TextField.PageNumber ? " PAGE " : " NUMPAGES ";
            return
            [
                Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
                Run(new W.FieldCode(code) { Space = SpaceProcessingModeValues.Preserve }),
                Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
                Run(new W.Text("1")),
                Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
            ];
        }

        var content = new List<OpenXmlElement>();
        var lines = span.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                content.Add(new W.Break());
            }

            if (lines[i].Length > 0)
            {
                content.Add(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return content.Count == 0 ? [] : [Run([.. content])];
    }
}
