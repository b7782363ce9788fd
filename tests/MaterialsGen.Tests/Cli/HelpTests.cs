using System.CommandLine;
using System.Reflection;
using MaterialsGen.Cli;
using MaterialsGen.Cli.Help;
using MaterialsGen.Cli.Localization;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Cli;

/// <summary>What a new user types first: --help on every command, --version, a typo, a completion.</summary>
public sealed class HelpTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private static IEnumerable<Command> Commands(string language)
    {
        var root = CommandTree.Create(new CliContext(TextWriter.Null, TextWriter.Null, Text.For(language), _ => null));
        return root.Subcommands.Where(c => !c.Hidden).Prepend(root);
    }

    /// <summary>The first two words of a description: enough to find it in help that wraps long lines.</summary>
    private static string Start(string description) => string.Join(' ', description.Split(' ').Take(2));

    [Theory]
    [InlineData("en", "Usage: ")]
    [InlineData("vi", "Cách dùng: ")]
    public void Every_command_has_help_that_describes_every_option_and_argument(string language, string usage)
    {
        foreach (var command in Commands(language))
        {
            string[] args = command is RootCommand ? ["--help", "--lang", language] : [command.Name, "--help", "--lang", language];
            var (exit, output, error) = SampleProject.RunWith(NoEnvironment, args);
            Assert.True(exit == 0, $"{command.Name}: {error}");
            Assert.StartsWith(usage + HelpPrinter.Path(command), output, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name);
            Assert.Contains(Start(command.Description!), output, StringComparison.Ordinal);
            foreach (var option in HelpPrinter.Options(command))
            {
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{command.Name} {option.Name}");
                Assert.Contains(option.Name, output, StringComparison.Ordinal);
                Assert.Contains(Start(option.Description!), output, StringComparison.Ordinal);
            }

            foreach (var argument in command.Arguments)
            {
                Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"{command.Name} {argument.Name}");
                Assert.Contains($"<{argument.HelpName ?? argument.Name}>", output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Help_documents_the_exit_codes_and_help_is_also_a_word()
    {
        var (exit, output, _) = SampleProject.RunWith(NoEnvironment, "--help");
        Assert.Equal(0, exit);
        // Help wraps to the terminal's width: compare the words.
        var words = string.Join(' ', output.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Exit codes: 0 success; 1 an input is wrong or an output cannot be written", words, StringComparison.Ordinal);
        Assert.Contains("2 bad usage of the command line; 3 internal error", words, StringComparison.Ordinal);
        var (wordExit, word, _) = SampleProject.RunWith(NoEnvironment, "help", "build");
        Assert.Equal(0, wordExit);
        Assert.StartsWith("Usage: materialsgen build [options]", word, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_the_tools_informational_version()
    {
        var expected = typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var (exit, output, _) = SampleProject.RunWith(NoEnvironment, "--version");
        Assert.Equal(0, exit);
        Assert.Equal(expected, output.Trim());
        Assert.StartsWith("0.1.0", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "materialsgen: unknown command 'buidl'; did you mean 'build'?", "materialsgen: unknown option '--forse'; did you mean '--force'?")]
    [InlineData("vi", "materialsgen: không có lệnh 'buidl'; có phải ý bạn là 'build'?", "materialsgen: không có tùy chọn '--forse'; có phải ý bạn là '--force'?")]
    public void A_mistyped_command_or_option_gets_a_suggestion_and_exit_2(string language, string command, string option)
    {
        var (exit, _, error) = SampleProject.RunWith(NoEnvironment, "buidl", "--lang", language);
        Assert.Equal(2, exit);
        Assert.Contains(command, error, StringComparison.Ordinal);
        (exit, _, error) = SampleProject.RunWith(NoEnvironment, "build", "--forse", "--lang", language);
        Assert.Equal(2, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Contains("materialsgen build --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Option_values_that_are_wrong_are_usage_errors_with_their_own_message()
    {
        var (exit, _, error) = SampleProject.RunWith(NoEnvironment, "build", "--jobs", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--jobs takes a whole number of at least 1", error, StringComparison.Ordinal);
        (exit, _, error) = SampleProject.RunWith(NoEnvironment, "render", "--data", "x.yaml");
        Assert.Equal(2, exit);
        Assert.Contains("render needs --template NAME", error, StringComparison.Ordinal);
        Assert.Contains("render needs -o OUT", error, StringComparison.Ordinal);
        (exit, _, error) = SampleProject.RunWith(NoEnvironment, "explain");
        Assert.Equal(2, exit);
        Assert.Contains("materialsgen explain needs CODE", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Posix_forms_parse_the_same_as_the_long_ones()
    {
        var cli = new CliContext(TextWriter.Null, TextWriter.Null, Text.English, _ => null);
        var bundled = CommandTree.Create(cli).Parse(["build", "-qf", "--jobs=2", "-C", "/tmp/p", "--", "extra"]);
        Assert.Equal("extra", Assert.Single(bundled.UnmatchedTokens));
        var parsed = CommandTree.Create(cli).Parse(["build", "-qf", "--jobs=2", "-C", "/tmp/p"]);
        Assert.Empty(parsed.Errors);
        Assert.True(parsed.GetValue<bool>("--quiet"));
        Assert.True(parsed.GetValue<bool>("--force"));
        Assert.Equal(2, parsed.GetValue<int?>("--jobs"));
        Assert.Equal("/tmp/p", parsed.GetValue<string>("--project"));
    }

    [Fact]
    public void The_shell_asks_materialsgen_for_completions()
    {
        static string[] Suggest(string line) =>
            SampleProject.RunWith(NoEnvironment, $"[suggest:{line.Length}]", line).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(["build"], Suggest("materialsgen bu"));
        Assert.Equal(["--fail-fast", "--force"], Suggest("materialsgen build --f"));
        Assert.Equal(["square"], Suggest("materialsgen render --size sq"));
        Assert.Equal(["MG0301", "MG0302", "MG0303"], Suggest("materialsgen explain MG030"));
        using (var project = new SampleProject())
        {
            Assert.Contains("handout-chi-bo", Suggest($"materialsgen render --project {project.Root} --template handout"));
        }

        foreach (var shell in new[] { "bash", "zsh", "fish", "pwsh" })
        {
            var (exit, script, _) = SampleProject.RunWith(NoEnvironment, "completion", shell);
            Assert.Equal(0, exit);
            Assert.Contains("[suggest:", script, StringComparison.Ordinal);
        }

        Assert.Equal(2, SampleProject.RunWith(NoEnvironment, "completion", "tcsh").Exit);
    }
}
