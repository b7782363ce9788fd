using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Export;

/// <summary>
/// Another word processor lays out our Word files (LibreOffice, converting each to PDF once): it must
/// show the same words as our own PDF, in the same order, on about as many pages.
/// </summary>
[Collection(DocxCollection.Name)]
public sealed class DocxLibreOfficeTests(DocxSample sample)
{
    [Theory]
    [MemberData(nameof(DocxSample.EachKind), MemberType = typeof(DocxSample))]
    public void LibreOffice_shows_our_pdfs_words_on_about_as_many_pages(string name)
    {
        var theirs = sample.LibreOfficePdf(name);
        var ours = sample.Built.Output(name + ".pdf");
        var match = SequenceMatch.Ratio(ExternalTool.PdfWords(theirs), ExternalTool.PdfWords(ours));
        Assert.True(match >= 0.97, $"{name}: LibreOffice's words match ours by {match:P1}");
        using var their = PdfDocument.Open(theirs);
        using var our = PdfDocument.Open(ours);
        Assert.InRange(their.NumberOfPages, our.NumberOfPages - 1, our.NumberOfPages + 1);
    }
}
