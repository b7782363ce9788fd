namespace MaterialsGen.Project;

/// <summary>
/// A project in a folder on disk. A project path never leaves the folder by its spelling (see
/// <see cref="ProjectPath"/>); here it also may not leave it through a symbolic link (a link inside the
/// project to a file inside is fine). Files the user named outside the project are read as named.
/// </summary>
public sealed class DirectoryProjectFiles : IProjectFiles
{
    private readonly string _root;
    private readonly string _realRoot;

    public DirectoryProjectFiles(string root)
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        _realRoot = RealPath(_root);
    }

    public string Directory => _root;

    /// <summary>The absolute path of a project path on this disk.</summary>
    public string FullPath(ProjectPath path) => path.ExternalPath ?? Path.Combine(_root, path.Value);

    public FileStamp? Stamp(ProjectPath path)
    {
        var info = new FileInfo(FullPath(path));
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    public FileRead Read(ProjectPath path, long maxBytes)
    {
        var full = FullPath(path);
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists)
            {
                return FileRead.Failed(FileProblem.NotFound);
            }

            if (!path.IsExternal && !IsInside(_realRoot, RealPath(full)))
            {
                return FileRead.Failed(FileProblem.Outside);
            }

            if (info.Length > maxBytes)
            {
                return FileRead.Failed(FileProblem.TooLarge);
            }

            // Bounded as it reads too: the file may have grown since its length was asked.
            return BoundedFile.ReadAllBytes(full, maxBytes) is { } bytes ? FileRead.Of(bytes) : FileRead.Failed(FileProblem.TooLarge);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A link loop, a file removed while read, no permission: refused with the reason, never followed.
            return FileRead.Failed(FileProblem.Unreadable, e.Message);
        }
    }

    public IReadOnlyList<ProjectPath> List(ProjectPath folder)
    {
        var full = FullPath(folder);
        if (!System.IO.Directory.Exists(full))
        {
            return [];
        }

        var files = new List<ProjectPath>();
        foreach (var file in System.IO.Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
        {
            if (ProjectPath.TryParse(Path.GetRelativePath(_root, file), out var path, out _))
            {
                files.Add(path);
            }
        }

        files.Sort();
        return files;
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it followed (parts that do not exist are kept as written).</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? string.Empty;
        var parts = full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = System.IO.Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Path.GetFullPath(target.FullName);
            }
        }

        return current.TrimEnd(Path.DirectorySeparatorChar);
    }
}
