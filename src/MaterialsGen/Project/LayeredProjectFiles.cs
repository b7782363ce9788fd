namespace MaterialsGen.Project;

/// <summary>
/// A project over the built-in files: a file the project has is the project's; one it lacks is served from
/// the built-ins (templates by name, their images, the fonts), so a new project needs no copy of them and
/// overrides a template by putting its own file of that name in templates/. Reads stay confined as the
/// project layer confines them; files the user named outside the project are never looked up in the built-ins.
/// </summary>
internal sealed class LayeredProjectFiles : IProjectFiles
{
    public LayeredProjectFiles(IProjectFiles project, IProjectFiles builtIns)
    {
        Project = project ?? throw new ArgumentNullException(nameof(project));
        BuiltIns = builtIns ?? throw new ArgumentNullException(nameof(builtIns));
    }

    public IProjectFiles Project { get; }

    public IProjectFiles BuiltIns { get; }

    public string? Directory => Project.Directory;

    public FileStamp? Stamp(ProjectPath path) => Locate(path).Stamp;

    /// <summary>The stamp of the file that serves <paramref name="path"/>, and whether it is a built-in one.</summary>
    public (FileStamp? Stamp, bool BuiltIn) Locate(ProjectPath path)
    {
        if (Project.Stamp(path) is { } own)
        {
            return (own, false);
        }

        return !path.IsExternal && BuiltIns.Stamp(path) is { } builtIn ? (builtIn, true) : (null, false);
    }

    /// <summary>True when the project has no such file and the built-ins serve it.</summary>
    public bool IsBuiltIn(ProjectPath path) => Locate(path).BuiltIn;

    public FileRead Read(ProjectPath path, long maxBytes)
    {
        var read = Project.Read(path, maxBytes);
        return read.Problem == FileProblem.NotFound && !path.IsExternal && BuiltIns.Stamp(path) is not null
            ? BuiltIns.Read(path, maxBytes)
            : read;
    }

    public IReadOnlyList<ProjectPath> List(ProjectPath folder)
    {
        var files = new SortedSet<ProjectPath>(Project.List(folder));
        files.UnionWith(BuiltIns.List(folder));
        return [.. files];
    }
}
