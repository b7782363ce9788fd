using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Export;

/// <summary>Which of the project's templates can be Word files: every template the manifest uses, asked for as docx.</summary>
public sealed class DocxTemplateTests
{
    [Fact]
    public void Page_templates_compose_as_docx_and_canvas_templates_are_refused_at_their_canvas()
    {
        var workspace = TestFonts.Workspace;
        var reader = workspace.Reader();
        var docx = new List<string>();
        foreach (var job in PlannedOutputs.Jobs(workspace, RepoPaths.Root).DistinctBy(j => j.Entry.Template))
        {
            var template = job.Entry.Template;
            var diagnostics = new DiagnosticBag();
            var composed = DocumentComposer.Compose(workspace, job with { Format = OutputFormat.Docx }, diagnostics);
            var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "templates", template + ".sbn"));
            var canvas = Array.FindIndex(lines, l => l.Contains("<canvas", StringComparison.Ordinal));
            if (canvas < 0)
            {
                Assert.True(composed is not null && !diagnostics.HasErrors, $"{template}: {string.Join('\n', diagnostics.Items)}");
                docx.Add(template);
            }
            else
            {
                var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
                Assert.Equal(("MG0801", $"templates/{template}.sbn", canvas + 1), (error.Code, error.Span.File, error.Span.Line));
            }

            // A template's header offers docx exactly when it can be one.
            Assert.Equal(canvas < 0, reader.TemplateInfo(template).Formats.Contains("docx"));
        }

        Assert.Equal(["handout", "handout-chi-bo"], docx.Order(StringComparer.Ordinal));
    }
}
