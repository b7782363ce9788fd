namespace MaterialsGen.Diagnostics;

/// <summary>
/// A place in a project file, 1-based like editors and YamlDotNet's marks, so a user can jump to it.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine = 0, int EndColumn = 0)
{
    /// <summary>A span for diagnostics that concern a whole file or no file at all.</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0);

    public static SourceSpan FileOnly(string file) => new(file, 0, 0);

    public bool IsNone => File.Length == 0;

    /// <summary>Formats as <c>path:line:col</c>, dropping the parts that are unknown.</summary>
    public override string ToString()
    {
        if (IsNone)
        {
            return "materialsgen";
        }

        var path = File.Replace('\\', '/');
        return Line <= 0 ? path : Column <= 0 ? $"{path}:{Line}" : $"{path}:{Line}:{Column}";
    }
}
