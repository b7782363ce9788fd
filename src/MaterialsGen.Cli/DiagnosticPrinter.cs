using MaterialsGen.Cli.Localization;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Cli;

/// <summary>
/// Prints diagnostics to stderr in the <c>path:line:col: error MG0123: message</c> form, once each, each
/// followed by its notes (<c>path:line:col: note: printed here</c>) on lines of their own. In
/// Vietnamese the message starts with the code's Vietnamese title from the catalogue
/// (<c>Diagnostics/CODES.vi.md</c>); the place, the severity word and the code stay as they are, so
/// editors and CI problem matchers read both languages alike.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error, Text text)
    {
        foreach (var diagnostic in diagnostics.Distinct())
        {
            error.WriteLine(Format(diagnostic, text));
        }
    }

    public static string Format(Diagnostic diagnostic, Text text) => Localise(diagnostic, text).ToString();

    /// <summary>The diagnostic with its message as printed in <paramref name="text"/>'s language (the preview page shows the same words).</summary>
    public static Diagnostic Localise(Diagnostic diagnostic, Text text)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(text);
        if (!text.IsVietnamese || DiagnosticCatalogue.Find(diagnostic.Code, Language.Vietnamese) is not { } code)
        {
            return diagnostic;
        }

        return diagnostic with { Message = $"{code.Title} — {diagnostic.Message}" };
    }
}
