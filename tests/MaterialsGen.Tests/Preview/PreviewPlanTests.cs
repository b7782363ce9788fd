using MaterialsGen.Build;
using MaterialsGen.Cli.Preview;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Preview;

public class PreviewPlanTests
{
    [Fact]
    public void An_output_written_as_a_word_file_and_a_pdf_is_previewed_as_the_pdf_whatever_the_order()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "materials.yaml"), "formats: [pdf, docx]            # docx", "formats: [docx, pdf]            # docx");
        using var workspace = new Workspace(project.Root);
        var plan = PreviewPlan.Read(workspace);
        var job = plan.Job(plan.Resolve("tai-lieu-sinh-hoat")!.Value);
        Assert.Equal(OutputFormat.Pdf, job!.Format);
    }

    [Fact]
    public async Task An_output_written_only_as_a_word_file_is_previewed_in_the_pages_a_pdf_of_it_has()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "materials.yaml"), "formats: [pdf, docx]            # docx", "formats: [docx]            # docx");
        using var session = new PreviewSession(project.Root);
        var state = await session.StateAsync(session.Plan.Resolve("tai-lieu-sinh-hoat")!.Value, CancellationToken.None);
        Assert.Equal(OutputFormat.Docx, state!.Job.Format);
        Assert.False(state.Failed, string.Join("\n", state.Diagnostics));
        Assert.True(state.Shown!.Pages.Length > 1);
        Assert.Contains(state.Inputs.Keys, k => k.StartsWith("fonts/", StringComparison.Ordinal) && k.EndsWith(".ttf", StringComparison.Ordinal));
    }
}
