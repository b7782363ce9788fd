using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace MaterialsGen.Cli.Help;

/// <summary><c>--version</c>: the tool's informational version (the one build fingerprints carry), not the host process's.</summary>
internal sealed class VersionAction(CliContext cli) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        cli.Out.WriteLine(Version);
        return ExitCodes.Success;
    }
}
