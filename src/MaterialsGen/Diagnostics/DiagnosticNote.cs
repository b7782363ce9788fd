namespace MaterialsGen.Diagnostics;

/// <summary>A second place a diagnostic points at, printed on its own line after it.</summary>
public sealed record DiagnosticNote(SourceSpan Span, string Message)
{
    public override string ToString() => $"{Span}: note: {Message}";
}
