using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Rendering;

/// <summary>
/// The Party handouts claim PDF/A-2b and PDF/UA-1 (materials.yaml asks so): our rule checker finds
/// nothing wrong with them, and Apache PDFBox Preflight, an independent validator (of PDF/A-1b, the
/// stricter older part), agrees on metadata, fonts and colour.
/// </summary>
public sealed class PdfStandardsTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Theory]
    [InlineData("tai-lieu-kp1-an-loc.pdf")]
    [InlineData("tai-lieu-ap-5-minh-hung.pdf")]
    public void Party_handouts_keep_every_checked_rule_of_pdf_a_2b_and_pdf_ua_1(string name)
    {
        var bytes = File.ReadAllBytes(sample.Output(name));
        Assert.Empty(PdfRuleChecker.PdfA2b(bytes));
        Assert.Empty(PdfRuleChecker.PdfUa1(bytes));
    }

    [Fact]
    public void The_checker_fails_a_file_that_claims_nothing()
    {
        var problems = PdfRuleChecker.PdfA2b(File.ReadAllBytes(sample.Output("tai-lieu-sinh-hoat.pdf")));
        Assert.Contains("6.6.2.1: the catalog has an XMP /Metadata stream", problems);
        Assert.Contains("6.2.3: one GTS_PDFA1 output intent", problems);

        // Brand colours go to the press as CMYK in a file that is not PDF/A.
        Assert.Contains(problems, p => p.StartsWith("6.2.4.3:", StringComparison.Ordinal));
        Assert.Contains("5: pdfuaid:part 1", PdfRuleChecker.PdfUa1(File.ReadAllBytes(sample.Output("tai-lieu-sinh-hoat.pdf"))));
    }

    [Fact]
    public void Every_sample_pdf_keeps_the_tagging_rules_of_pdf_ua_1()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(sample.Root, "output"), "*.pdf"))
        {
            // Files that claim no standard carry no XMP; everything else PDF/UA asks of the tags holds for all.
            var problems = PdfRuleChecker.Tagging(File.ReadAllBytes(file));
            Assert.True(problems.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public void Pdfbox_preflight_finds_only_what_pdf_a_1_asks_beyond_pdf_a_2()
    {
        string[] jars = ["preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"];
        var classPath = string.Join(':', jars.Select(j => $"/usr/share/java/{j}.jar"));
        var (_, output, error) = ExternalTool.Call("java", ["-cp", classPath, "org.apache.pdfbox.preflight.Validator_A1b", sample.Output("tai-lieu-kp1-an-loc.pdf")]);
        Assert.True(output.Contains("PDF/A-1b file", StringComparison.Ordinal), output + error);

        // PDF/A-1 wants a CIDSet in every subset font's descriptor (PDF/A-2, 6.2.11.4.2, makes it
        // optional and we leave it out) and pdfaid:part 1 where we say 2. Nothing else about metadata
        // (7.x: the XMP and Info agree, the pdfuaid extension schema is understood), fonts (3.x) or colour (2.x).
        var findings = output.Split('\n').Where(l => l.Contains(" : ", StringComparison.Ordinal)).ToList();
        Assert.Contains("7.11.2 : Error on MetaData, part must be 1", findings);
        Assert.All(findings.Where(f => !f.StartsWith("7.11.2 ", StringComparison.Ordinal)), f => Assert.Matches(@"^3\.1\.11 : Invalid Font definition, [A-Z]{6}\+[\w-]+: The CIDSet entry is missing for the Composite Subset$", f));
    }
}
