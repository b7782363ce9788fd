using System.CommandLine;
using MaterialsGen.Build;

namespace MaterialsGen.Cli;

/// <summary>
/// <c>materialsgen schemas</c>: (re)writes data/schemas/ for editors, with the templates the project has now
/// (after adding a template of your own, so that materials.yaml completes its name).
/// </summary>
internal static class SchemasCommand
{
    public static Command Create(CliContext cli) => CommonOptions.ForProject(cli, "schemas", cli.Text["CmdSchemas"], project => Run(project, cli));

    private static int Run(string project, CliContext cli)
    {
        using var workspace = new Workspace(project);
        var folder = Path.Combine(workspace.Root, "data", "schemas");
        foreach (var (name, text) in ProjectSchemas.Files(workspace))
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path) && File.ReadAllText(path) == text)
            {
                continue;
            }

            OutputWriter.WriteText(path, text);
            cli.Out.WriteLine(cli.Text.Format("SchemaWritten", "data/schemas/" + name));
        }

        return ExitCodes.Success;
    }
}
