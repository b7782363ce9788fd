using System.Diagnostics;
using System.Globalization;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// <c>materialsgen preview [--project DIR] [--port N] [--open]</c>: serves a live preview of every
/// output on http://127.0.0.1:PORT/ (default <see cref="PreviewServer.DefaultPort"/>; 0 picks a free
/// port) until Ctrl+C. Nothing is written to output/.
/// </summary>
internal static class PreviewCommand
{
    public static int Run(IEnumerable<string> args, TextWriter output, TextWriter error) =>
        Interrupt.Run(stop => Serve(args, output, error, stop));

    internal static int Serve(IEnumerable<string> args, TextWriter output, TextWriter error, CancellationToken stop)
    {
        var a = new Arguments(args, ["--project", "--port"], ["--open"]);
        var root = Path.GetFullPath(a.Value("--project") ?? ".");
        var port = PreviewServer.DefaultPort;
        if (a.Value("--port") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535))
        {
            throw new UsageException("--port takes a port number from 0 to 65535 (0 picks a free one)");
        }

        if (!File.Exists(Path.Combine(root, "materials.yaml")))
        {
            error.WriteLine($"{Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(root, "materials.yaml"))}: error MG0605: manifest not found");
            return ExitCodes.InputError;
        }

        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(root, port).GetAwaiter().GetResult();
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            error.WriteLine($"materialsgen: error MG0661: port {port} on 127.0.0.1 is in use; pass --port N for another, or --port 0 for any free one");
            return ExitCodes.InputError;
        }

        try
        {
            output.WriteLine($"preview of {root} at {server.Url} (Ctrl+C stops)");
            output.Flush();
            if (a.Flag("--open"))
            {
                Open(server.Url, error);
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
    private static void Open(string url, TextWriter error)
    {
        var opener = OperatingSystem.IsMacOS() ? "open" : OperatingSystem.IsWindows() ? "explorer" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(opener, url) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            error.WriteLine($"materialsgen: could not start {opener}; open {url} in a browser");
        }
    }
}
