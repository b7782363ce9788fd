using MaterialsGen.Cli.Localization;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>What every command writes to and reads from: its two streams, its language and the environment.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, Text text, Func<string, string?> environment)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public Text Text { get; } = text;

    public Func<string, string?> Environment { get; } = environment;

    /// <summary>Diagnostics once each, <c>path:line:col: error MG0123: message</c>; see <see cref="DiagnosticPrinter"/>.</summary>
    public void Print(IEnumerable<Diagnostic> diagnostics) => DiagnosticPrinter.Print(diagnostics, Error, Text);

    public void Print(Diagnostic diagnostic) => Print([diagnostic]);

    /// <summary>MG0605 for a project folder <paramref name="root"/> without materials.yaml, the path relative to the current folder.</summary>
    public void PrintManifestNotFound(string root) =>
        Print(Diagnostic.Error("MG0605", Text["ManifestNotFound"], SourceSpan.FileOnly(Path.GetRelativePath(System.Environment.CurrentDirectory, Path.Combine(root, "materials.yaml")))));
}
