using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// Prints diagnostics to stderr in the <c>path:line:col: error MG0123: message</c> form, once each, each
/// followed by its notes (<c>path:line:col: note: printed here</c>) on lines of their own.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var diagnostic in diagnostics.Distinct())
        {
            error.WriteLine(diagnostic.ToString());
        }
    }
}
