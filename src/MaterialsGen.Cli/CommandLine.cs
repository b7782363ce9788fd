using System.CommandLine;
using MaterialsGen.Cli.Help;
using MaterialsGen.Cli.Localization;

namespace MaterialsGen.Cli;

/// <summary>
/// Parses the command line with System.CommandLine (POSIX conventions: <c>--name value</c>,
/// <c>--name=value</c>, bundled short flags, <c>--</c>, response files, the <c>[suggest]</c> directive for
/// shell completion), runs the command, and turns every failure into one line and an exit code, never a
/// stack trace: 0 success, 1 an input is wrong, 2 bad usage, 3 internal error.
/// </summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, Environment.GetEnvironmentVariable, systemCulture: true);

    /// <summary>Runs with an explicit environment (tests give the language and CI variables this way).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, bool systemCulture = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var text = Text.For(Language.Detect(args, environment, systemCulture));
        var cli = new CliContext(output, error, text, environment);
        var verbose = args.Contains("--verbose");
        try
        {
            var root = CommandTree.Create(cli);
            var parse = root.Parse(args, new ParserConfiguration());
            if (parse.Errors.Count > 0 && parse.Action is not HelpPrinter)
            {
                return UsageErrors.Report(cli, parse);
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"materialsgen: {e.Message}");
            error.WriteLine(text.Format("UsageHint", e.Command ?? "materialsgen"));
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The last line of defence: a bug becomes one line asking for a report.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Report(e, cli, verbose);
        }
    }

    /// <summary>
    /// One line for an exception that ended a command: MG0900 and exit 1 for a file system failure, an
    /// internal error and exit 3 for anything else (a bug).
    /// </summary>
    internal static int Report(Exception e, CliContext cli, bool verbose)
    {
        if (e is IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine($"materialsgen: error MG0900: {e.Message}");
            return ExitCodes.InputError;
        }

        cli.Error.WriteLine($"materialsgen: {cli.Text.Format("InternalError", e.GetType().Name, e.Message)}");
        if (verbose)
        {
            cli.Error.WriteLine(e.ToString());
        }

        return ExitCodes.InternalError;
    }
}
