using System.CommandLine;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen check [--project DIR]</c>: validates every content file, the manifest, templates and
/// font coverage by running each output up to layout, writing nothing. Same diagnostics as build.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext cli) => CommonOptions.ForProject(cli, "check", cli.Text["CmdCheck"], project => Run(project, cli));

    private static int Run(string project, CliContext cli)
    {
        using var workspace = new Workspace(project);
        var diagnostics = new DiagnosticBag();
        var contentFiles = workspace.Files.List(Workspace.DataFolder)
            .Where(p => p.Value.Count(c => c == '/') == 1 && p.Name.EndsWith(".yaml", StringComparison.Ordinal))
            .ToList();
        var reader = workspace.Reader();
        foreach (var file in contentFiles)
        {
            reader.Content(file, SourceSpan.None, diagnostics);
        }

        var manifest = ManifestReader.Read(workspace, diagnostics);
        var jobs = manifest is null ? [] : JobPlanner.Plan(workspace, manifest, Path.Combine(workspace.Root, "output"), diagnostics);

        // In parallel, as build runs; diagnostics are gathered per output and kept in manifest order.
        var found = new IReadOnlyList<Diagnostic>[jobs.Count];
        var failed = 0;
        var progress = new CheckProgress(jobs.Count, cli.Out, cli.Text);
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var bag = new DiagnosticBag();
            if (DocumentComposer.Compose(workspace, jobs[i], bag) is null)
            {
                Interlocked.Increment(ref failed);
            }

            found[i] = bag.Items;
            progress.Done();
        });

        foreach (var items in found)
        {
            diagnostics.AddRange(items);
        }

        cli.Print(diagnostics.Items);
        var errors = diagnostics.Items.Distinct().Count(d => d.IsError);
        var warnings = diagnostics.Items.Distinct().Count(d => d.Severity == Severity.Warning);
        cli.Out.WriteLine(cli.Text.Format("Checked", contentFiles.Count, jobs.Count, errors, warnings));
        return errors > 0 || failed > 0 ? ExitCodes.InputError : ExitCodes.Success;
    }
}
