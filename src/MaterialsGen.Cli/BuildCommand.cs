using System.Globalization;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary><c>materialsgen build [--project DIR] [--out DIR] [--jobs N]</c>: every output the manifest names.</summary>
internal static class BuildCommand
{
    public static int Run(IEnumerable<string> args, TextWriter output, TextWriter error)
    {
        var a = new Arguments(args, ["--project", "--out", "--jobs"], []);
        var root = Path.GetFullPath(a.Value("--project") ?? ".");
        var manifestPath = Path.Combine(root, "materials.yaml");
        if (!File.Exists(manifestPath))
        {
            error.WriteLine($"{Path.GetRelativePath(Environment.CurrentDirectory, manifestPath)}: error MG0605: manifest not found");
            return ExitCodes.InputError;
        }

        var jobsOption = a.Value("--jobs");
        var parallelism = Environment.ProcessorCount;
        if (jobsOption is not null && (!int.TryParse(jobsOption, NumberStyles.None, CultureInfo.InvariantCulture, out parallelism) || parallelism < 1))
        {
            throw new UsageException("--jobs takes a whole number of at least 1");
        }

        using var workspace = new Workspace(root);
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestReader.Read(manifestPath, "materials.yaml", diagnostics);
        var outDirectory = Path.GetFullPath(a.Value("--out") ?? Path.Combine(root, "output"));
        var jobs = manifest is null ? [] : JobPlanner.Plan(workspace, manifest, outDirectory, diagnostics);
        if (manifest is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.Items, error);
            return ExitCodes.InputError;
        }

        var results = BuildRunner.Run(workspace, manifest, jobs, parallelism, result =>
        {
            if (result.Succeeded)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {result.Job.RelativePath} ({result.Pages} page{(result.Pages == 1 ? string.Empty : "s")}, {result.Elapsed.TotalMilliseconds:0} ms)"));
            }
            else
            {
                output.WriteLine($"failed {result.Job.RelativePath}");
            }

            DiagnosticPrinter.Print(result.Diagnostics, error);
        });
        var failed = results.Count(r => !r.Succeeded);
        output.WriteLine($"{results.Count - failed} built, {failed} failed");
        return failed > 0 ? ExitCodes.InputError : ExitCodes.Success;
    }
}
