using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;
using MaterialsGen.Cli.Localization;

namespace MaterialsGen.Cli.Help;

/// <summary>
/// <c>--help</c> for every command, in the run's language: usage, description, arguments, every option
/// with what it does, subcommands, and the exit codes. Written here rather than by System.CommandLine's
/// own help, whose headings come in the languages it ships (no Vietnamese).
/// </summary>
internal sealed class HelpPrinter(CliContext cli) : SynchronousCommandLineAction
{
    private const int Width = 100;

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        Write(parseResult.CommandResult.Command, cli.Out, cli.Text);
        return ExitCodes.Success;
    }

    public static void Write(Command command, TextWriter output, Text text)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(text);
        var help = new StringBuilder();
        help.Append(text["HelpUsage"]).Append(' ').AppendLine(Usage(command, text));
        if (!string.IsNullOrEmpty(command.Description))
        {
            help.AppendLine();
            Wrap(help, command.Description, 0);
        }

        Section(help, text["HelpArguments"], command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? string.Empty)));
        Section(help, text["HelpOptions"], Options(command).Select(o => (Label(o), o.Description ?? string.Empty)));
        Section(help, text["HelpCommands"], command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)));
        help.AppendLine();
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            Wrap(help, text["HelpMore"], 0);
        }

        Wrap(help, text["HelpExitCodes"], 0);
        output.Write(help.ToString());
    }

    /// <summary><c>materialsgen build [options]</c>, <c>materialsgen explain &lt;CODE&gt; [options]</c>.</summary>
    public static string Usage(Command command, Text text)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(text);
        var usage = new StringBuilder(Path(command));
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            usage.Append(' ').Append(text["HelpCommandPlaceholder"]);
        }

        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var name = $"<{argument.HelpName ?? argument.Name}>";
            usage.Append(' ').Append(argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name);
            if (argument.Arity.MaximumNumberOfValues > 1)
            {
                usage.Append('…');
            }
        }

        return usage.Append(' ').Append(text["HelpOptionsPlaceholder"]).ToString();
    }

    /// <summary>The words that name a command on the command line: <c>materialsgen build</c>.</summary>
    public static string Path(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = symbol.Parents.FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? "materialsgen" : c.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>The command's own options, then the ones it inherits (help, language), each once.</summary>
    public static IEnumerable<Option> Options(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var seen = new HashSet<Option>();
        for (Symbol? symbol = command; symbol is Command c; symbol = symbol.Parents.FirstOrDefault())
        {
            foreach (var option in c.Options.Where(o => !o.Hidden && (ReferenceEquals(c, command) || o.Recursive)))
            {
                if (seen.Add(option))
                {
                    yield return option;
                }
            }
        }
    }

    private static string Label(Option option)
    {
        var names = option.Aliases.Where(a => a.StartsWith('-') && !a.StartsWith("--", StringComparison.Ordinal) && a.Length == 2)
            .Order(StringComparer.Ordinal)
            .Append(option.Name);
        var label = string.Join(", ", names);
        return option.ValueType == typeof(bool) || option is HelpOption or VersionOption ? label : $"{label} <{option.HelpName ?? "VALUE"}>";
    }

    private static void Section(StringBuilder help, string title, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        help.AppendLine().AppendLine(title);
        var column = Math.Min(32, list.Max(r => r.Label.Length) + 4);
        foreach (var (label, description) in list)
        {
            var start = "  " + label;
            help.Append(start);
            if (start.Length + 2 > column)
            {
                help.AppendLine();
                help.Append(' ', column);
            }
            else
            {
                help.Append(' ', column - start.Length);
            }

            Wrap(help, description, column);
        }
    }

    /// <summary>Appends <paramref name="text"/> broken at spaces to fit the width, continuation lines indented.</summary>
    private static void Wrap(StringBuilder help, string text, int indent)
    {
        var lineLength = indent;
        var first = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first && lineLength + 1 + word.Length > Width)
            {
                help.AppendLine().Append(' ', indent);
                lineLength = indent;
                first = true;
            }

            if (!first)
            {
                help.Append(' ');
                lineLength++;
            }

            help.Append(word);
            lineLength += word.Length;
            first = false;
        }

        help.AppendLine();
    }
}
