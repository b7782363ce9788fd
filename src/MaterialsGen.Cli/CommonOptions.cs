using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MaterialsGen.Build;

namespace MaterialsGen.Cli;

/// <summary>Options several commands share, so each is spelled and described once.</summary>
internal static class CommonOptions
{
    public static Option<string> Project(CliContext cli) => new("--project", "-C")
    {
        Description = cli.Text["OptProject"],
        HelpName = "DIR",
        DefaultValueFactory = _ => ".",
    };

    /// <summary>A command whose one option is <c>--project</c>: <paramref name="run"/> gets the project folder.</summary>
    public static Command ForProject(CliContext cli, string name, string description, Func<string, int> run)
    {
        var project = Project(cli);
        var command = new Command(name, description) { project };
        command.SetAction(parse => run(parse.GetValue(project) ?? "."));
        return command;
    }

    public static Option<string?> OutDirectory(CliContext cli) => new("--out", "-o")
    {
        Description = cli.Text["OptOutDirectory"],
        HelpName = "DIR",
    };

    public static Option<int?> Jobs(CliContext cli) => new("--jobs", "-j")
    {
        Description = cli.Text["OptJobs"],
        HelpName = "N",
        CustomParser = result => WholeNumber(result, 1, cli.Text["JobsWhole"]),
    };

    public static Option<string?> Only(CliContext cli) => new("--only")
    {
        Description = cli.Text["OptOnly"],
        HelpName = "PATTERN",
    };

    public static Option<bool> Quiet(CliContext cli) => new("--quiet", "-q") { Description = cli.Text["OptQuiet"] };

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>, or the parse error <paramref name="message"/>.</summary>
    public static int? WholeNumber(ArgumentResult result, int minimum, string message, int maximum = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(result);
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum && n <= maximum)
        {
            return n;
        }

        result.AddError(message);
        return null;
    }

    /// <summary>Completes template names from the project the command line names (or the current folder).</summary>
    public static void CompleteTemplates(Option<string?> option, Option<string> project)
    {
        option.CompletionSources.Add(context =>
        {
            var root = context.ParseResult.GetValue(project) ?? ".";
            using var workspace = new Workspace(root);
            return workspace.TemplateNames().Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal);
        });
    }
}
