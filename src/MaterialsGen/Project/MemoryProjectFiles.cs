using System.Collections.Concurrent;
using System.Text;

namespace MaterialsGen.Project;

/// <summary>
/// A project held in memory, for programs that call the engine without a folder (and for tests): files
/// are set and removed by path; each change gets a new stamp, so the session sees it.
/// </summary>
public sealed class MemoryProjectFiles : IProjectFiles
{
    private readonly ConcurrentDictionary<ProjectPath, (byte[] Bytes, long Version)> _files = new();
    private long _version;

    public string? Directory => null;

    /// <summary>Sets a file's content, replacing what was there.</summary>
    public MemoryProjectFiles Set(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _files[ProjectPath.Parse(path)] = ([.. bytes], Interlocked.Increment(ref _version));
        return this;
    }

    /// <summary>Sets a text file's content as UTF-8.</summary>
    public MemoryProjectFiles Set(string path, string text) => Set(path, Encoding.UTF8.GetBytes(text));

    public bool Remove(string path) => _files.TryRemove(ProjectPath.Parse(path), out _);

    public FileStamp? Stamp(ProjectPath path) =>
        _files.TryGetValue(path, out var file) ? new FileStamp(file.Bytes.Length, file.Version) : null;

    public FileRead Read(ProjectPath path, long maxBytes)
    {
        if (!_files.TryGetValue(path, out var file))
        {
            return FileRead.Failed(FileProblem.NotFound);
        }

        return file.Bytes.Length > maxBytes ? FileRead.Failed(FileProblem.TooLarge) : FileRead.Of(file.Bytes);
    }

    public IReadOnlyList<ProjectPath> List(ProjectPath folder)
    {
        var files = _files.Keys.Where(p => p.IsUnder(folder)).ToList();
        files.Sort();
        return files;
    }
}
