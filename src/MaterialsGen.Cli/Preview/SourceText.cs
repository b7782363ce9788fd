using System.Text;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Project;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// Project files as text, read through the engine session's project boundary, for showing a line of
/// source under a message or a clicked word. Paths that are not project paths give nothing.
/// </summary>
internal sealed class SourceText(Workspace workspace)
{
    /// <summary>The whole text of a project file, or null when it cannot be read.</summary>
    public string? Text(string file)
    {
        if (!ProjectPath.TryParse(file, out var path, out _))
        {
            return null;
        }

        var read = workspace.Files.Read(path, SafetyLimits.ContentFileBytes);
        return read.Bytes is { } bytes ? Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF') : null;
    }

    /// <summary>The text of line <paramref name="line"/> (1-based) of a file, without its line end.</summary>
    public string? Line(string file, int line)
    {
        if (line <= 0 || Text(file) is not { } text)
        {
            return null;
        }

        var lines = text.Split('\n');
        return line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }

    /// <summary>An editor link to a place in a project file (VS Code's URL scheme).</summary>
    public string Link(SourceSpan span)
    {
        var absolute = Path.Combine(workspace.Root, span.File);
        var escaped = string.Join('/', absolute.Split('/').Select(Uri.EscapeDataString));
        return $"vscode://file{(escaped.StartsWith('/') ? string.Empty : "/")}{escaped}:{Math.Max(1, span.Line)}:{Math.Max(1, span.Column)}";
    }
}
