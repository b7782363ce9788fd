using System.CommandLine;
using System.CommandLine.Help;
using MaterialsGen.Cli.Help;
using MaterialsGen.Cli.Localization;

namespace MaterialsGen.Cli;

/// <summary>
/// Every command of <c>materialsgen</c>, built for one run in that run's language (descriptions in help
/// and completions are the language's). A new command is one more line here.
/// </summary>
internal static class CommandTree
{
    public static RootCommand Create(CliContext cli)
    {
        var text = cli.Text;
        var root = new RootCommand(text["RootDescription"]);
        var lang = new Option<string>("--lang")
        {
            Description = text["OptLang"],
            HelpName = "en|vi",
            Recursive = true,
        };
        lang.AcceptOnlyFromAmong([.. Language.Supported]);
        root.Options.Add(lang);
        root.Options.Add(new Option<bool>("--verbose") { Description = text["OptVerbose"], Recursive = true });
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = text["OptHelp"];
                    help.Action = new HelpPrinter(cli);
                    break;
                case VersionOption version:
                    version.Description = text["OptVersion"];
                    version.Action = new VersionAction(cli);
                    break;
                default:
                    break;
            }
        }

        Command[] commands =
        [
            BuildCommand.Create(cli),
            CheckCommand.Create(cli),
            WatchCommand.Create(cli),
            Preview.PreviewCommand.Create(cli),
            RenderCommand.Create(cli),
            TemplatesCommand.Create(cli),
            InitCommand.Create(cli),
            SchemasCommand.Create(cli),
            MergeManifestsCommand.Create(cli),
            FixEncodingCommand.Create(cli),
            ExplainCommand.Create(cli),
            CompletionCommand.Create(cli),
        ];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(HelpCommand(cli, root));
        root.SetAction(int (_) => throw new UsageException(text["NoCommand"]));
        return root;
    }

    /// <summary><c>materialsgen help [COMMAND]</c>, for people who type help as a word.</summary>
    private static Command HelpCommand(CliContext cli, RootCommand root)
    {
        var name = new Argument<string?>("COMMAND") { Description = cli.Text["ArgHelpCommand"], Arity = ArgumentArity.ZeroOrOne };
        var help = new Command("help", cli.Text["CmdHelp"]) { Hidden = true };
        help.Arguments.Add(name);
        help.SetAction(parse =>
        {
            var wanted = parse.GetValue(name);
            Command target = wanted is null ? root : root.Subcommands.FirstOrDefault(c => c.Name == wanted)
                ?? throw new UsageException(cli.Text.Format("UnknownCommand", wanted) + UsageErrors.Suggest(cli.Text, wanted, root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)));
            HelpPrinter.Write(target, cli.Out, cli.Text);
            return ExitCodes.Success;
        });
        return help;
    }
}
