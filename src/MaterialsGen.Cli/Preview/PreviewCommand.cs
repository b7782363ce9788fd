using System.CommandLine;
using System.Diagnostics;
using MaterialsGen.Cli.Help;
using MaterialsGen.Cli.Localization;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// <c>materialsgen preview [--project DIR] [--port N] [--open]</c>: serves a live preview of every
/// output on http://127.0.0.1:PORT/ (default <see cref="PreviewServer.DefaultPort"/>; 0 picks a free
/// port) until Ctrl+C. Nothing is written to output/.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(CliContext cli) => Create(cli, stop: null);

    /// <summary>Serves with options as typed after <c>preview</c>, in <paramref name="text"/>'s language (English when none), until <paramref name="stop"/> (tests stop it this way).</summary>
    internal static int Serve(IEnumerable<string> args, TextWriter output, TextWriter error, CancellationToken stop, Text? text = null)
    {
        var cli = new CliContext(output, error, text ?? Text.English, Environment.GetEnvironmentVariable);
        var parse = Create(cli, stop).Parse([.. args]);
        return parse.Errors.Count > 0 ? UsageErrors.Report(cli, parse) : parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command Create(CliContext cli, CancellationToken? stop)
    {
        var project = CommonOptions.Project(cli);
        var port = new Option<int?>("--port")
        {
            Description = cli.Text["OptPort"],
            HelpName = "N",
            CustomParser = result => CommonOptions.WholeNumber(result, 0, cli.Text["PortNumber"], maximum: 65535),
        };
        var open = new Option<bool>("--open") { Description = cli.Text["OptOpen"] };
        var command = new Command("preview", cli.Text["CmdPreview"]) { project, port, open };
        command.SetAction(parse =>
        {
            int Run(CancellationToken token) => Serve(parse.GetValue(project) ?? ".", parse.GetValue(port) ?? PreviewServer.DefaultPort, parse.GetValue(open), cli, token);
            return stop is { } token ? Run(token) : Interrupt.Run(Run);
        });
        return command;
    }

    private static int Serve(string project, int port, bool open, CliContext cli, CancellationToken stop)
    {
        var output = cli.Out;
        var root = Path.GetFullPath(project);
        if (!File.Exists(Path.Combine(root, "materials.yaml")))
        {
            cli.PrintManifestNotFound(root);
            return ExitCodes.InputError;
        }

        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(root, port, cli.Text).GetAwaiter().GetResult();
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            cli.Print(Diagnostic.Error("MG0661", cli.Text.Format("PreviewPortInUse", port), SourceSpan.None));
            return ExitCodes.InputError;
        }

        try
        {
            output.WriteLine(cli.Text.Format("PreviewServing", root, server.Url));
            output.Flush();
            if (open)
            {
                Open(server.Url, cli);
            }

            WaitHandle.WaitAny([stop.WaitHandle, server.Stopping.WaitHandle]);
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return ExitCodes.Success;
    }

    /// <summary>Opens the page in the desktop's browser; without one, the printed address is enough.</summary>
    private static void Open(string url, CliContext cli)
    {
        var opener = OperatingSystem.IsMacOS() ? "open" : OperatingSystem.IsWindows() ? "explorer" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, url) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            cli.Error.WriteLine("materialsgen: " + cli.Text.Format("PreviewOpenerFailed", opener, url));
        }
    }
}
