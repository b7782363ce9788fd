namespace MaterialsGen.Diagnostics;

/// <summary>How serious a diagnostic is; errors stop an output from being written.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
