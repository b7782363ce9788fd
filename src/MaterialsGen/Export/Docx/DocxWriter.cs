using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Layout.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// Writes a bound document as an editable Word file (.docx). A word processor flows text itself, so
/// it is written from the blocks the layout reads, not from laid-out pages: paragraphs with named
/// styles, lists as Word numbering, tables, sections with their headers and footers. Check the
/// document with <see cref="DocxSupport.Check"/> first; what Word cannot express is an error there.
/// </summary>
internal static class DocxWriter
{
    private const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string ApplicationType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    public static void Write(LayoutDocument document, FontLibrary fonts, Stream output, DateTime timestamp)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids everywhere: the SDK's own are random.
            var main = package.AddNewPart<MainDocumentPart>(MainType, "rDocument");
            var first = document.Sections.IsEmpty ? null : document.Sections[0];
            var styles = new DocxStyles(first?.Text ?? TextStyle.Default, first?.Paragraph ?? ParagraphStyle.Default);
            var docx = new DocxContext(new LayoutContext(fonts, new DiagnosticBag()), styles, document.EditableFontNames);
            var language = DocxProperties.Language(document.Info);

            var body = new W.Body();
            for (var i = 0; i < document.Sections.Length; i++)
            {
                var section = document.Sections[i];
                var flow = new DocxFlow(docx, main, section.PageSize.Width - section.Margin.Horizontal);
                flow.Add(section.Body);
                var elements = flow.Finish();
                var properties = DocxSections.Properties(section, docx, main);
                if (i == document.Sections.Length - 1)
                {
                    body.Append(elements);
                    body.Append(properties);
                }
                else
                {
                    // A section ends with the paragraph that carries its settings.
                    body.Append(elements);
                    body.Append(new W.Paragraph(new W.ParagraphProperties(properties)));
                }
            }

            var root = new W.Document();
            if (first?.Background is { } background)
            {
                root.Append(new W.DocumentBackground { Color = DocxUnits.Hex(background.Color) });
            }

            root.Append(body);
            main.Document = root;
            styles.Write(main.AddNewPart<StyleDefinitionsPart>("rStyles"), docx.Fonts, language);
            if (!docx.Numbering.IsEmpty)
            {
                docx.Numbering.Write(main.AddNewPart<NumberingDefinitionsPart>("rNumbering"));
            }

            DocxProperties.WriteSettings(main.AddNewPart<DocumentSettingsPart>("rSettings"), language, first?.Background is not null);
            docx.Fonts.Write(main.AddNewPart<FontTablePart>("rFonts"));
            DocxProperties.WriteCore(package.AddNewPart<CoreFilePropertiesPart>(CoreType, "rCore"), document.Info, timestamp);
            DocxProperties.WriteApplication(package.AddNewPart<ExtendedFilePropertiesPart>(ApplicationType, "rApplication"));
        }

        DocxPackage.Write(buffer, output, timestamp);
    }
}
