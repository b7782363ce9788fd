using System.CommandLine;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen init [DIR]</c>: a new project that builds as it is. It writes only files that do not
/// exist yet; when any of them does, it writes nothing and names them (MG0640).
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext cli)
    {
        var directory = new Argument<string?>("DIR") { Description = cli.Text["ArgInitDirectory"], Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("init", cli.Text["CmdInit"]) { directory };
        command.SetAction(parse => Run(parse.GetValue(directory) ?? ".", cli));
        return command;
    }

    private static int Run(string directory, CliContext cli)
    {
        var root = Path.GetFullPath(directory);
        using var workspace = new Workspace(root);
        var files = StarterProject.Files(workspace);
        var existing = files.Where(f => File.Exists(Path.Combine(root, f.Path))).ToList();
        if (existing.Count > 0)
        {
            cli.Print(existing.Select(f => Diagnostic.Error("MG0640", cli.Text["InitExists"], SourceSpan.FileOnly(Shown(directory, f.Path)))));
            return ExitCodes.InputError;
        }

        foreach (var (path, text) in files)
        {
            OutputWriter.WriteText(Path.Combine(root, path), text);
            cli.Out.WriteLine(cli.Text.Format("InitCreated", Shown(directory, path)));
        }

        var build = directory == "." ? "materialsgen build" : $"cd {directory} && materialsgen build";
        cli.Out.WriteLine(cli.Text.Format("InitNext", directory, build));
        return ExitCodes.Success;
    }

    private static string Shown(string directory, string path) => directory == "." ? path : Path.Combine(directory, path).Replace('\\', '/');
}
