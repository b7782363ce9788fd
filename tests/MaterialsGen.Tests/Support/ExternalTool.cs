using System.Diagnostics;
using System.Text;

namespace MaterialsGen.Tests.Support;

/// <summary>Runs a Debian tool the tests compare against (LibreOffice, pdftotext), failing the test with its output if it fails.</summary>
internal static class ExternalTool
{
    public static string Run(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 300)
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

        Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    /// <summary>The words of a PDF's text as pdftotext (poppler) reads them, in reading order.</summary>
    public static string[] PdfWords(string pdf) =>
        Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries);
}
