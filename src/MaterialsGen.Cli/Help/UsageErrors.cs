using System.CommandLine;
using System.CommandLine.Parsing;
using MaterialsGen.Cli.Localization;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli.Help;

/// <summary>
/// Parse errors in the run's language, each with a "did you mean" for a mistyped command or option,
/// then a pointer to the command's help; exit code 2.
/// </summary>
internal static class UsageErrors
{
    public static int Report(CliContext cli, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens;
        foreach (var token in unmatched)
        {
            cli.Error.WriteLine($"materialsgen: {Unknown(cli.Text, command, token)}");
        }

        foreach (var error in parse.Errors)
        {
            if (!unmatched.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)))
            {
                cli.Error.WriteLine($"materialsgen: {Describe(cli.Text, error)}");
            }
        }

        cli.Error.WriteLine(cli.Text.Format("UsageHint", HelpPrinter.Path(command)));
        return ExitCodes.Usage;
    }

    /// <summary>"; did you mean 'build'?" in the run's language, or nothing when no name is close.</summary>
    public static string Suggest(Text text, string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NearestName.Find(typed, candidates) is { } nearest ? text.Format("DidYouMean", nearest) : string.Empty;
    }

    private static string Unknown(Text text, Command command, string token)
    {
        if (token.StartsWith('-'))
        {
            var name = token.Split('=', 2)[0];
            var names = HelpPrinter.Options(command).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            return text.Format("UnknownOption", token) + Suggest(text, name, names);
        }

        if (command is RootCommand)
        {
            return text.Format("UnknownCommand", token) + Suggest(text, token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
        }

        return text.Format("UnexpectedArgument", token, HelpPrinter.Path(command));
    }

    private static string Describe(Text text, ParseError error)
    {
        switch (error.SymbolResult)
        {
            case OptionResult { Tokens.Count: 0 } option:
                return text.Format("NeedsValue", option.Option.Name);
            case ArgumentResult { Tokens.Count: 0, Parent: OptionResult option }:
                return text.Format("NeedsValue", option.Option.Name);
            case ArgumentResult { Tokens.Count: 0, Parent: CommandResult command } argument:
                return text.Format("NeedsArgument", HelpPrinter.Path(command.Command), argument.Argument.HelpName ?? argument.Argument.Name);
            default:
                return error.Message;
        }
    }
}
