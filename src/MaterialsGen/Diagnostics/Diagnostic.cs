using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MaterialsGen.Diagnostics;

/// <summary>
/// The one message type of the whole pipeline. Printed in the form CI problem matchers read:
/// <c>path:line:col: error MG0123: message</c>, then each note on its own line as
/// <c>path:line:col: note: message</c> (the template line that printed the content at fault, the box it
/// overflows), the way compilers point at a second place.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span, ImmutableArray<DiagnosticNote> Notes = default)
{
    /// <summary>Never default: no notes is an empty array, so callers can enumerate without a check.</summary>
    public ImmutableArray<DiagnosticNote> Notes { get; init; } = Notes.IsDefault ? [] : Notes;

    public static Diagnostic Error(string code, string message, SourceSpan span) => new(Severity.Error, code, message, span);

    public static Diagnostic Warning(string code, string message, SourceSpan span) => new(Severity.Warning, code, message, span);

    /// <summary>
    /// A diagnostic about text that came from <paramref name="origin"/>: the content location first when the
    /// text is a content value, and the template position that printed it as a note.
    /// </summary>
    internal static Diagnostic At(Severity severity, string code, string message, SourceOrigin origin, string note = SourceOrigin.PrintedHere) =>
        new(severity, code, message, origin.Primary, origin.Notes(note));

    public bool IsError => Severity == Severity.Error;

    /// <summary>The same diagnostic with one more note after the ones it has.</summary>
    internal Diagnostic WithNote(SourceSpan span, string message) =>
        span.IsNone || Notes.Any(n => n.Span == span) || span == Span ? this : this with { Notes = Notes.Add(new DiagnosticNote(span, message)) };

    public bool Equals(Diagnostic? other) =>
        other is not null && Severity == other.Severity && Code == other.Code && Message == other.Message && Span == other.Span
        && Notes.AsSpan().SequenceEqual(other.Notes.AsSpan());

    public override int GetHashCode() => HashCode.Combine(Severity, Code, Message, Span, Notes.Length);

    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Span}: {severity} {Code}: {Message}");
        foreach (var note in Notes)
        {
            text.Append('\n').Append(note);
        }

        return text.ToString();
    }
}
