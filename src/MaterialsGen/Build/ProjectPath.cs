namespace MaterialsGen.Build;

/// <summary>
/// Confines a project-relative path to the project folder: no absolute paths, no <c>..</c>, and no
/// symbolic link along the way that leads outside (a link inside the project to a file inside is fine).
/// </summary>
internal static class ProjectPath
{
    /// <summary>The absolute path of <paramref name="relative"/> under <paramref name="root"/>, or null if it could leave it.</summary>
    public static string? Confine(string root, string relative)
    {
        var normalized = relative.Replace('\\', '/');
        if (normalized.Length == 0 || Path.IsPathRooted(relative) || normalized.StartsWith('/') || normalized.Contains(':', StringComparison.Ordinal)
            || normalized.Split('/').Any(part => part == ".."))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, normalized));
        if (!IsInside(root, full))
        {
            return null;
        }

        try
        {
            return IsInside(RealPath(root), RealPath(full)) ? full : null;
        }
        catch (IOException)
        {
            // A link loop or a link that cannot be read: refused rather than followed.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsInside(string root, string path) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it followed (parts that do not exist are kept as written).</summary>
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? string.Empty;
        var parts = full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Path.GetFullPath(target.FullName);
            }
        }

        return current;
    }
}
