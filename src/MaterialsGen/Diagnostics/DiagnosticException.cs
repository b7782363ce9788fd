namespace MaterialsGen.Diagnostics;

/// <summary>
/// Carries input errors out of deep recursion (layout, template rendering) to the stage boundary,
/// where they become ordinary diagnostics again. Never reaches the user as a stack trace.
/// </summary>
internal sealed class DiagnosticException : Exception
{
    public DiagnosticException(IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics.Count > 0 ? diagnostics[0].ToString() : "input error")
    {
        Diagnostics = diagnostics;
    }

    public DiagnosticException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public DiagnosticException()
        : this([])
    {
    }

    public DiagnosticException(string message)
        : this(Diagnostic.Error("MG0000", message, SourceSpan.None))
    {
    }

    public DiagnosticException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [Diagnostic.Error("MG0000", message, SourceSpan.None)];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
