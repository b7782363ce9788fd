using System.Diagnostics;
using System.Text;

namespace MaterialsGen.Tests.Support;

/// <summary>
/// Runs a Debian tool the tests compare against (poppler's pdfinfo, pdftotext and pdftoppm, qpdf, PDFBox
/// Preflight, LibreOffice); .ci/run installs them. A missing tool or one that hangs fails the test: a
/// reader that was never run proves nothing.
/// </summary>
internal static class ExternalTool
{
    /// <summary>Runs the tool and gives its exit code and output, for a test that judges the exit itself.</summary>
    public static (int Exit, string Out, string Error) Call(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish in {timeoutSeconds} s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs the tool and gives its output; an exit other than 0 fails the test with what it printed.</summary>
    public static string Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 300)
    {
        var (exit, output, error) = Call(program, arguments, environment, timeoutSeconds);
        Assert.True(exit == 0, $"{program} exited {exit}: {error}");
        return output;
    }

    /// <summary>The words of a PDF's text as pdftotext (poppler) reads them, in reading order.</summary>
    public static string[] PdfWords(string pdf) =>
        Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries);
}
