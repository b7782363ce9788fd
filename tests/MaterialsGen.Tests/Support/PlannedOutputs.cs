using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Support;

/// <summary>
/// The outputs a project's manifest plans, as the build plans them: tests count and pick outputs from
/// this instead of hard-coding how many the sample has, so a new entry in materials.yaml does not
/// break them.
/// </summary>
internal static class PlannedOutputs
{
    public static List<OutputJob> Jobs(Workspace workspace, string root)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestReader.Read(workspace, diagnostics);
        Assert.False(manifest is null || diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        var jobs = JobPlanner.Plan(workspace, manifest!, Path.Combine(root, "output"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        return jobs;
    }

    /// <summary>The project-relative paths (<c>output/x.pdf</c>) of the planned outputs that satisfy <paramref name="which"/>, in ordinal order.</summary>
    public static string[] Paths(string root, Func<OutputJob, bool>? which = null)
    {
        using var workspace = new Workspace(root);
        return [.. Jobs(workspace, root).Where(which ?? (_ => true)).Select(j => j.RelativePath).Order(StringComparer.Ordinal)];
    }
}
