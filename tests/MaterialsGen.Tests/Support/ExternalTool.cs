using System.Diagnostics;

namespace MaterialsGen.Tests.Support;

/// <summary>
/// Runs a reader other than ours (poppler's pdfinfo, qpdf, PDFBox Preflight) on a file; .ci/run installs
/// them. A missing tool fails the test: a reader that was never run proves nothing.
/// </summary>
internal static class ExternalTool
{
    public static (int Exit, string Out, string Error) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', args)} did not finish in two minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
