namespace MaterialsGen.Project;

/// <summary>
/// Where a project's files come from: a folder on disk, or memory for programs that call the engine.
/// Nothing else in the pipeline reads project files; the engine session reads through this and so knows
/// exactly what every output read.
/// </summary>
public interface IProjectFiles
{
    /// <summary>The project's folder on disk, or null for a project that lives in memory.</summary>
    string? Directory { get; }

    /// <summary>A value that changes whenever the file may have changed; null when there is no such file.</summary>
    FileStamp? Stamp(ProjectPath path);

    /// <summary>The file's bytes, or why they cannot be had. Files larger than <paramref name="maxBytes"/> are not read.</summary>
    FileRead Read(ProjectPath path, long maxBytes);

    /// <summary>Every file below <paramref name="folder"/>, recursively, in ordinal order; empty when there is no such folder.</summary>
    IReadOnlyList<ProjectPath> List(ProjectPath folder);
}
