using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Tests.Export;

/// <summary>Reads text back out of a Word document the way a reader sees it: text runs and line breaks, not field codes.</summary>
internal static class DocxText
{
    public static string Of(OpenXmlElement paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            W.Text text => text.Text,
            W.Break => "\n",
            _ => string.Empty,
        }));

    /// <summary>Every paragraph with text in document order, those in table cells included.</summary>
    public static List<string> Paragraphs(OpenXmlElement body) =>
        [.. body.Descendants<W.Paragraph>().Select(Of).Where(t => t.Length > 0)];
}
