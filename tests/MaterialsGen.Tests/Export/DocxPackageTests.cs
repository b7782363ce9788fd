using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Export;

[Collection(DocxCollection.Name)]
public sealed class DocxPackageTests(DocxSample sample)
{
    private static readonly string[] Branches = ["kp5-tien-thanh", "ap3-tan-thanh", "kp2-long-phuoc", "ap-5-minh-hung", "kp1-an-loc"];

    [Fact]
    public void Build_writes_a_word_file_for_each_page_flow_output()
    {
        Assert.True(sample.Built.Exit == 0, sample.Built.Error);
        var expected = Branches.Select(b => $"tai-lieu-{b}.docx").Append("tai-lieu-sinh-hoat.docx").Append("to-roi-a5.docx").Order(StringComparer.Ordinal);
        var written = Directory.GetFiles(Path.Combine(sample.Built.Root, "output"), "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, written);
    }

    [Fact]
    public void Every_word_file_passes_the_OpenXml_validator()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(sample.Built.Root, "output"), "*.docx"))
        {
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(file, isEditable: false);
            var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).ToList();
            Assert.True(errors.Count == 0, Path.GetFileName(file) + ":\n" + string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }
    }

    [Theory]
    [InlineData("tai-lieu-kp5-tien-thanh")]
    [InlineData("tai-lieu-sinh-hoat")]
    public void Properties_are_the_pdfs_and_the_language_is_vietnamese(string name)
    {
        using var pdf = PdfDocument.Open(sample.Built.Output(name + ".pdf"));
        using var document = sample.Open(name);
        var properties = document.PackageProperties;
        Assert.Equal(pdf.Information.Title, properties.Title);
        Assert.Equal(pdf.Information.Author, properties.Creator);
        Assert.Equal(pdf.Information.Subject, properties.Subject);
        Assert.Equal(pdf.Information.Keywords, properties.Keywords);
        Assert.Equal("vi-VN", properties.Language);
        Assert.Equal(new DateTime(2023, 12, 14, 0, 0, 0, DateTimeKind.Utc), properties.Created?.ToUniversalTime());
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("vi-VN", defaults.Languages!.Val!.Value);
    }

    [Fact]
    public void Zip_entries_come_in_a_fixed_order_dated_by_the_manifest()
    {
        using var zip = ZipFile.OpenRead(sample.Docx("tai-lieu-sinh-hoat"));
        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels"], zip.Entries.Take(6).Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2023, 12, 14), e.LastWriteTime.DateTime));
        var rest = zip.Entries.Skip(6).Select(e => e.FullName).ToList();
        Assert.Equal(rest.Order(StringComparer.Ordinal), rest);
    }
}
