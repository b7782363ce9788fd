using System.Globalization;

namespace MaterialsGen.Diagnostics;

/// <summary>
/// The one message type of the whole pipeline. Printed in the form CI problem matchers read:
/// <c>path:line:col: error MG0123: message</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    public static Diagnostic Error(string code, string message, SourceSpan span) => new(Severity.Error, code, message, span);

    public static Diagnostic Warning(string code, string message, SourceSpan span) => new(Severity.Warning, code, message, span);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Span}: {severity} {Code}: {Message}");
    }
}
