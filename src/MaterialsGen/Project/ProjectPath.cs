namespace MaterialsGen.Project;

/// <summary>
/// The one path type of the pipeline: a file of the project, normalised once (separators, <c>.</c> and
/// <c>..</c> resolved) and confined to the project by construction. Paths written in content, templates
/// and the manifest can only be parsed into project paths; a file outside the project can be named only
/// on the command line (<see cref="FromCommandLine"/>), where the user typed it.
/// </summary>
public readonly record struct ProjectPath : IComparable<ProjectPath>
{
    private ProjectPath(string value, string? externalPath)
    {
        Value = value;
        ExternalPath = externalPath;
    }

    /// <summary>
    /// The normalised project-relative path with <c>/</c> separators (<c>data/4-tich-cuc.yaml</c>); for a
    /// file outside the project, the path as the user wrote it. What diagnostics print.
    /// </summary>
    public string Value { get; }

    /// <summary>The absolute path of a file outside the project that the user named; null for project files.</summary>
    public string? ExternalPath { get; }

    public bool IsExternal => ExternalPath is not null;

    /// <summary>The last part of the path: <c>logo.svg</c>.</summary>
    public string Name => Value[(Value.LastIndexOf('/') + 1)..];

    /// <summary>The name without its extension: <c>logo</c>.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(Name);

    /// <summary>Reads a path written inside the project (content, templates, manifest).</summary>
    /// <param name="problem">Why the text is not a project path: it is empty, absolute or climbs out.</param>
    public static bool TryParse(string? text, out ProjectPath path, out string problem)
    {
        path = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "the path is empty";
            return false;
        }

        var slashed = text.Replace('\\', '/');
        if (slashed.StartsWith('/') || Path.IsPathRooted(text) || slashed.Contains(':', StringComparison.Ordinal) || slashed.StartsWith('~'))
        {
            problem = "is outside the project folder; write a path relative to the project, such as templates/images/logo.svg";
            return false;
        }

        if (slashed.Contains('\0', StringComparison.Ordinal))
        {
            problem = "contains a NUL character";
            return false;
        }

        var parts = new List<string>();
        foreach (var part in slashed.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        problem = "is outside the project folder; write a path relative to the project, such as templates/images/logo.svg";
                        return false;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(part);
                    continue;
            }
        }

        if (parts.Count == 0)
        {
            problem = "names the project folder itself, not a file";
            return false;
        }

        path = new ProjectPath(string.Join('/', parts), null);
        problem = string.Empty;
        return true;
    }

    /// <summary>A path the program itself spells (<c>materials.yaml</c>, <c>fonts</c>); a bad one is a bug.</summary>
    public static ProjectPath Parse(string text) =>
        TryParse(text, out var path, out var problem) ? path : throw new ArgumentException($"'{text}' {problem}", nameof(text));

    /// <summary>
    /// A file the user named on the command line: a project path when it lies inside the project,
    /// otherwise an external path, kept as typed for messages. Only the command line makes these.
    /// </summary>
    public static ProjectPath FromCommandLine(string argument, string projectRoot)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var full = Path.GetFullPath(argument.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), argument[2..])
            : argument);
        var root = Path.GetFullPath(projectRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal) && TryParse(full[root.Length..], out var inside, out _)
            ? inside
            : new ProjectPath(argument.Replace('\\', '/'), full);
    }

    /// <summary><paramref name="relative"/> below this folder, normalised and confined like any written path.</summary>
    public bool TryCombine(string relative, out ProjectPath path, out string problem)
    {
        if (IsExternal)
        {
            throw new InvalidOperationException("an external file is not a folder");
        }

        return TryParse(Value + "/" + relative, out path, out problem) && (path.IsUnder(this) || Fail(out path, out problem));

        static bool Fail(out ProjectPath path, out string problem)
        {
            path = default;
            problem = "climbs out of its folder";
            return false;
        }
    }

    /// <summary>True when this path lies below <paramref name="folder"/>.</summary>
    public bool IsUnder(ProjectPath folder) =>
        !IsExternal && !folder.IsExternal && Value.StartsWith(folder.Value + "/", StringComparison.Ordinal);

    public int CompareTo(ProjectPath other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(ProjectPath left, ProjectPath right) => left.CompareTo(right) < 0;

    public static bool operator >(ProjectPath left, ProjectPath right) => left.CompareTo(right) > 0;

    public static bool operator <=(ProjectPath left, ProjectPath right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ProjectPath left, ProjectPath right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value;
}
