using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Diagnostics;
using MaterialsGen.Export.Docx;
using MaterialsGen.Layout.Images;
using MaterialsGen.Markup;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Export;

/// <summary>Markup outside the sample as a Word file, or checked for what a Word file cannot hold.</summary>
internal static class DocxMarkup
{
    /// <summary>Markup laid out with the project's fonts and written as a Word file, opened for reading.</summary>
    public static WordprocessingDocument Word(string markup, IResourceLoader? resources = null)
    {
        var (document, diagnostics) = MarkupRunner.Lay(markup, resources);
        Assert.True(document?.Bound is not null, string.Join("\n", diagnostics));
        var stream = new MemoryStream();
        DocxWriter.Write(document.Bound, TestFonts.Library, stream, new DateTime(2024, 1, 10));
        return WordprocessingDocument.Open(stream, isEditable: false);
    }

    /// <summary>What binding and the docx check report for <paramref name="markup"/> (at test.xml).</summary>
    public static DiagnosticBag Check(string markup)
    {
        var diagnostics = new DiagnosticBag();
        var root = MarkupParser.Parse(markup, SourceMap.Identity("test.xml"), diagnostics)!;
        if (MarkupBinder.Bind(root, diagnostics) is { } document)
        {
            DocxSupport.Check(document, TestFonts.Library, diagnostics);
        }

        return diagnostics;
    }
}
