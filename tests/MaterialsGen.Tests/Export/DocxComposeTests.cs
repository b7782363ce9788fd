using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Project;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Export;

/// <summary>
/// A Word file is composed up to its bound document and not laid out in pages (the word processor lays
/// it out), yet it still depends on the font files its text is set in and still reports a glyph no font has.
/// </summary>
public sealed class DocxComposeTests
{
    private static List<OutputJob> WordJobs(Workspace workspace, string root) =>
        [.. PlannedOutputs.Jobs(workspace, root).Where(j => j.Format == OutputFormat.Docx)];

    /// <summary>The job that writes the same output as a PDF (the sample builds every Word file as a PDF too).</summary>
    private static OutputJob Pdf(Workspace workspace, string root, OutputJob word) =>
        PlannedOutputs.Jobs(workspace, root).Single(j => j.Format == OutputFormat.Pdf && j.RelativePath == Path.ChangeExtension(word.RelativePath, ".pdf"));

    [Fact]
    public void A_word_file_has_no_pages_only_its_bound_document_and_metadata()
    {
        var workspace = TestFonts.Workspace;
        var jobs = WordJobs(workspace, RepoPaths.Root);
        Assert.NotEmpty(jobs);
        foreach (var job in jobs)
        {
            var diagnostics = new DiagnosticBag();
            var word = DocumentComposer.Compose(workspace, job, diagnostics);
            Assert.True(word is not null, string.Join("\n", diagnostics.Items));
            Assert.Empty(word.Pages);
            Assert.NotNull(word.Bound);
            Assert.Equal(word.Bound.Info, word.Info);

            var pdf = DocumentComposer.Compose(workspace, Pdf(workspace, RepoPaths.Root, job), new DiagnosticBag());
            Assert.Equal(pdf!.Info, word.Info);
            Assert.NotEmpty(pdf.Pages);
        }
    }

    [Fact]
    public void A_word_file_the_preview_draws_is_laid_out_in_pages()
    {
        var workspace = TestFonts.Workspace;
        var job = WordJobs(workspace, RepoPaths.Root)[0];
        var drawn = DocumentComposer.Compose(workspace, job, new DiagnosticBag(), drawn: true);
        Assert.NotEmpty(drawn!.Pages);
        Assert.NotNull(drawn.Bound);
    }

    [Fact]
    public void A_word_file_records_every_font_file_its_laid_out_pages_would_have()
    {
        var workspace = TestFonts.Workspace;
        foreach (var job in WordJobs(workspace, RepoPaths.Root))
        {
            var word = new DependencySet();
            Assert.NotNull(DocumentComposer.Compose(workspace, job, new DiagnosticBag(), word));
            var laidOut = new DependencySet();
            Assert.NotNull(DocumentComposer.Compose(workspace, job, new DiagnosticBag(), laidOut, drawn: true));

            var fonts = laidOut.Inputs.Where(i => i.Key.StartsWith("fonts/", StringComparison.Ordinal)).ToList();
            Assert.Contains(fonts, i => i.Key == "fonts/");
            Assert.Contains(fonts, i => i.Key.EndsWith(".ttf", StringComparison.Ordinal));
            Assert.Subset(word.Inputs.ToHashSet(), fonts.ToHashSet());

            // Everything else the output read is read before layout, and so the same.
            Assert.Equal(laidOut.Inputs.Where(i => !i.Key.StartsWith("fonts/", StringComparison.Ordinal)), word.Inputs.Where(i => !i.Key.StartsWith("fonts/", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_glyph_no_font_has_fails_the_word_file_with_the_error_its_pdf_gets()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "data", "9-khong.yaml"), "Không thích (like) những", "Không thích ༀ (like) những");
        using var workspace = new Workspace(project.Root);
        var word = WordJobs(workspace, project.Root).Single(j => j.Name == "tai-lieu-sinh-hoat");
        var wordBag = new DiagnosticBag();
        var pdfBag = new DiagnosticBag();

        Assert.Null(DocumentComposer.Compose(workspace, word, wordBag));
        Assert.Null(DocumentComposer.Compose(workspace, Pdf(workspace, project.Root, word), pdfBag));

        var expected = pdfBag.Items.Where(d => d.Code == "MG0301").Distinct().ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, d => Assert.Equal("data/9-khong.yaml", d.Span.File));
        Assert.Equal(expected, wordBag.Items.Where(d => d.Code == "MG0301").Distinct());
    }
}
