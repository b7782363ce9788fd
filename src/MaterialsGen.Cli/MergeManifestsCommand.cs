using System.CommandLine;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen merge-manifests shard-*.json [-o FILE]</c>: the --manifest-out reports of N shards as one
/// report, as if one build had made every output; an output two shards report differently is an error.
/// </summary>
internal static class MergeManifestsCommand
{
    public static Command Create(CliContext cli)
    {
        var reports = new Argument<string[]>("REPORT") { Description = cli.Text["ArgReports"], Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { Description = cli.Text["OptMergeOut"], HelpName = "FILE" };
        var command = new Command("merge-manifests", cli.Text["CmdMergeManifests"]) { reports, output };
        command.SetAction(parse => Run(parse.GetValue(reports) ?? [], parse.GetValue(output), cli));
        return command;
    }

    private static int Run(IReadOnlyList<string> files, string? target, CliContext cli)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = new List<(string File, string Json)>();
        foreach (var file in files)
        {
            if (File.Exists(file))
            {
                inputs.Add((file, File.ReadAllText(file)));
            }
            else
            {
                diagnostics.Error("MG0605", cli.Text["FileNotFound"], SourceSpan.FileOnly(file));
            }
        }

        var merged = diagnostics.HasErrors ? null : BuildReport.Merge(inputs, diagnostics);
        cli.Print(diagnostics.Items);
        if (merged is null)
        {
            return ExitCodes.InputError;
        }

        var json = BuildReport.Serialize(merged);
        if (target is null)
        {
            cli.Out.WriteLine(json);
            return ExitCodes.Success;
        }

        OutputWriter.WriteText(Path.GetFullPath(target), json);
        cli.Out.WriteLine(cli.Text.Format("Merged", inputs.Count, merged.Count));
        return ExitCodes.Success;
    }
}
