using System.CommandLine;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen completion bash|zsh|fish|pwsh</c>: a script for the shell's profile. Each script asks
/// materialsgen itself for the words that fit (System.CommandLine's <c>[suggest:POSITION]</c> directive),
/// so commands, options, template names and sizes complete from the project at hand.
/// </summary>
internal static class CompletionCommand
{
    private static readonly Dictionary<string, string> Scripts = new(StringComparer.Ordinal)
    {
        ["bash"] = """
            # materialsgen completion for bash: add `source <(materialsgen completion bash)` to ~/.bashrc
            _materialsgen_complete() {
              local IFS=$'\n'
              COMPREPLY=($(materialsgen "[suggest:${#COMP_LINE}]" "$COMP_LINE" 2>/dev/null))
            }
            complete -o default -F _materialsgen_complete materialsgen
            """,
        ["zsh"] = """
            # materialsgen completion for zsh: add `source <(materialsgen completion zsh)` to ~/.zshrc
            _materialsgen_complete() {
              local -a words
              words=("${(@f)$(materialsgen "[suggest:${#BUFFER}]" "$BUFFER" 2>/dev/null)}")
              compadd -- $words
            }
            compdef _materialsgen_complete materialsgen
            """,
        ["fish"] = """
            # materialsgen completion for fish: materialsgen completion fish > ~/.config/fish/completions/materialsgen.fish
            complete -c materialsgen -f -a '(set -l line (commandline -cp); materialsgen "[suggest:"(string length -- $line)"]" "$line" 2>/dev/null)'
            """,
        ["pwsh"] = """
            # materialsgen completion for PowerShell: add `materialsgen completion pwsh | Out-String | Invoke-Expression` to $PROFILE
            Register-ArgumentCompleter -Native -CommandName materialsgen -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                materialsgen "[suggest:$cursorPosition]" "$commandAst" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }
            """,
    };

    public static Command Create(CliContext cli)
    {
        var shell = new Argument<string>("SHELL") { Description = cli.Text["ArgShell"] };
        shell.CompletionSources.Add([.. Scripts.Keys]);
        var command = new Command("completion", cli.Text["CmdCompletion"]) { shell };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(shell)!;
            if (!Scripts.TryGetValue(name, out var script))
            {
                throw new UsageException(cli.Text.Format("UnknownShell", name)) { Command = "materialsgen completion" };
            }

            cli.Out.WriteLine(script.ReplaceLineEndings("\n"));
            return ExitCodes.Success;
        });
        return command;
    }
}
