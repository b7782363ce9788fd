using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// A paragraph's spans as runs: text (a forced line break as <c>w:br</c>, emoji in runs of their own),
/// the page number and page count as PAGE and NUMPAGES fields, and spans with a link inside one
/// <c>w:hyperlink</c>.
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

        var runs = new List<OpenXmlElement>();
        foreach (var (text, emoji) in Pieces(span.Text))
        {
            var content = Content(text);
            if (content.Count == 0)
            {
                continue;
            }

            var run = Run([.. content]);
            if (emoji)
            {
                SetFont(run, fonts.Name(DocxFonts.Emoji));
            }

            runs.Add(run);
        }

        return runs;
    }

    /// <summary>Text with its forced line breaks as <c>w:br</c>.</summary>
    private static List<OpenXmlElement> Content(string text)
    {
        var content = new List<OpenXmlElement>();
        var lines = text.Split('\n');
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

        return content;
    }

    /// <summary>
    /// The text cut where emoji start and end: a cluster that asks for emoji presentation (what our
    /// layout draws as a colour picture) gets a run of its own in the emoji font, so Word draws it in
    /// colour too instead of looking for it in the text font.
    /// </summary>
    private static List<(string Text, bool Emoji)> Pieces(string text)
    {
        var pieces = new List<(string Text, bool Emoji)>();
        var start = 0;
        var emoji = false;
        for (var i = 0; i < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text, i);
            var wants = EmojiPresentation.Wants(text.AsSpan(i, length));
            if (wants != emoji && i > start)
            {
                pieces.Add((text[start..i], emoji));
                start = i;
            }

            emoji = wants;
            i += length;
        }

        if (start < text.Length)
        {
            pieces.Add((text[start..], emoji));
        }

        return pieces;
    }

    private static void SetFont(W.Run run, string name)
    {
        var properties = run.RunProperties ?? run.PrependChild(new W.RunProperties());
        properties.RunFonts?.Remove();
        properties.PrependChild(new W.RunFonts { Ascii = name, HighAnsi = name, ComplexScript = name, EastAsia = name });
    }
}
