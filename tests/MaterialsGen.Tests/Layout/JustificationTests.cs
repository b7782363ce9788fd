using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;
using Xunit.Abstractions;

namespace MaterialsGen.Tests.Layout;

/// <summary>Optimal (Knuth–Plass) against first-fit breaking of justified text, on the Party handout.</summary>
public sealed class JustificationTests(ITestOutputHelper output)
{
    [Fact]
    public void Optimal_breaking_makes_the_party_handout_evener_than_first_fit()
    {
        using var project = new SampleProject();
        var optimal = PartyHandoutSpacing(project);
        SampleProject.Edit(Path.Combine(project.Root, "templates", "handout-chi-bo.sbn"), "linebreaks=\"optimized\"", "linebreaks=\"simple\"");
        var greedy = PartyHandoutSpacing(project);
        output.WriteLine($"first fit: {greedy}");
        output.WriteLine($"optimal:   {optimal}");

        Assert.True(greedy.Lines > 50, $"too few justified lines measured: {greedy}");
        // One line is left loose on purpose: item c of the “9 không” stretches its first line's spaces by 80 %
        // to carry “tiêu” down to “cực.”, rather than leave half of the word alone on the last line.
        Assert.True(optimal.VeryLoose <= 1 && optimal.VeryLoose < greedy.VeryLoose, $"optimal {optimal} against first fit {greedy}");
        Assert.True(optimal.Largest < 0.9, optimal.ToString());
        Assert.True(optimal.Loose < greedy.Loose, $"optimal {optimal} against first fit {greedy}");
        Assert.True(Math.Abs(optimal.Mean) < greedy.Mean, $"optimal {optimal} against first fit {greedy}");

        // Spaces shrink at most to two thirds of their width, as Typst allows.
        Assert.True(optimal.Smallest >= -1 / 3.0 - 0.01, optimal.ToString());
    }

    /// <summary>Measured while the workspace (and so the fonts the frames point at) is still open.</summary>
    private static WordSpacing PartyHandoutSpacing(SampleProject project)
    {
        using var workspace = new Workspace(project.Root);
        var bag = new DiagnosticBag();
        var manifest = ManifestReader.Read(workspace, bag)!;
        var job = JobPlanner.Plan(workspace, manifest, Path.Combine(project.Root, "output"), bag).Single(j => j.Name == "tai-lieu-kp5-tien-thanh" && j.Format == OutputFormat.Pdf);
        var document = DocumentComposer.Compose(workspace, job, bag);
        Assert.True(document is not null, string.Join("\n", bag.Items));
        return WordSpacing.Measure(document);
    }
}
