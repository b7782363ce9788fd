using System.CommandLine;
using MaterialsGen.Cli.Help;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary><c>materialsgen explain MG0301</c>: what a diagnostic code means and how to fix it, in the run's language.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext cli)
    {
        var code = new Argument<string>("CODE") { Description = cli.Text["ArgCode"] };
        code.CompletionSources.Add(_ => DiagnosticCatalogue.All.Select(c => c.Code).Order(StringComparer.Ordinal));
        var command = new Command("explain", cli.Text["CmdExplain"]) { code };
        command.SetAction(parse => Run(parse.GetValue(code)!, cli));
        return command;
    }

    private static int Run(string typed, CliContext cli)
    {
        if (DiagnosticCatalogue.Find(typed, cli.Text.Language) is not { } code)
        {
            cli.Error.WriteLine($"materialsgen: {cli.Text.Format("NotACode", typed)}{UsageErrors.Suggest(cli.Text, typed.ToUpperInvariant(), DiagnosticCatalogue.All.Select(c => c.Code))}");
            return ExitCodes.Usage;
        }

        cli.Out.WriteLine($"{code.Code}: {code.Title}\n\n{code.Explanation}\n\n{cli.Text["FixLabel"]} {code.Fix}");
        return ExitCodes.Success;
    }
}
