using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// The outputs of the repository's own materials.yaml, planned exactly as `materialsgen build` plans
/// them, so a benchmark measures the same job the command builds.
/// </summary>
internal static class SampleJobs
{
    /// <summary>The Party-format handout of the first branch in data/branches.csv: the per-record handout.</summary>
    public const string PartyHandout = "tai-lieu-kp5-tien-thanh";

    public static (Manifest Manifest, OutputJob Job) Find(Workspace workspace, string name)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestReader.Read(workspace, diagnostics)
            ?? throw new InvalidOperationException("materials.yaml does not read: " + string.Join("; ", diagnostics.Items));
        var jobs = JobPlanner.Plan(workspace, manifest, System.IO.Path.Combine(workspace.Root, "output"), diagnostics);
        var job = jobs.Find(j => j.Name == name) ?? throw new InvalidOperationException($"materials.yaml has no output '{name}'");
        return (manifest, job);
    }

    /// <summary>Fails loudly: a benchmark that silently measures an error path measures nothing.</summary>
    public static T Check<T>(T? value, DiagnosticBag diagnostics, string what)
        where T : class =>
        value is not null && !diagnostics.HasErrors
            ? value
            : throw new InvalidOperationException($"{what} failed: " + string.Join("; ", diagnostics.Items));
}
