using System.Collections.Frozen;
using System.Reflection;

namespace MaterialsGen.Project;

/// <summary>
/// The templates (with their partials and templates/images/) and fonts that ship inside the tool, as a
/// read-only project layer. They are the repository's own templates/ and fonts/, embedded at build time
/// (see MaterialsGen.csproj), and read from the assembly only when a file is asked for.
/// </summary>
internal sealed class BuiltInProjectFiles : IProjectFiles
{
    /// <summary>What the manifest resource names of built-in files start with; the rest is the project path.</summary>
    internal const string ResourcePrefix = "builtin/";

    private static readonly Assembly Assembly = typeof(BuiltInProjectFiles).Assembly;
    private readonly FrozenDictionary<ProjectPath, string> _resources;
    private readonly ProjectPath[] _sorted;

    private BuiltInProjectFiles()
    {
        var resources = new Dictionary<ProjectPath, string>();
        foreach (var name in Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && ProjectPath.TryParse(name[ResourcePrefix.Length..].Replace('\\', '/'), out var path, out _))
            {
                resources[path] = name;
            }
        }

        _resources = resources.ToFrozenDictionary();
        _sorted = [.. resources.Keys.Order()];
    }

    /// <summary>The one instance: the embedded files never change while the program runs.</summary>
    public static BuiltInProjectFiles Instance { get; } = new();

    public string? Directory => null;

    /// <summary>Every built-in file, in ordinal order.</summary>
    public IReadOnlyList<ProjectPath> All => _sorted;

    public FileStamp? Stamp(ProjectPath path)
    {
        if (!_resources.TryGetValue(path, out var name))
        {
            return null;
        }

        // The length of an embedded resource is known without reading it; its version is the tool's.
        using var stream = Assembly.GetManifestResourceStream(name)!;
        return new FileStamp(stream.Length, 0);
    }

    public FileRead Read(ProjectPath path, long maxBytes)
    {
        if (!_resources.TryGetValue(path, out var name))
        {
            return FileRead.Failed(FileProblem.NotFound);
        }

        using var stream = Assembly.GetManifestResourceStream(name)!;
        if (stream.Length > maxBytes)
        {
            return FileRead.Failed(FileProblem.TooLarge);
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return FileRead.Of(bytes);
    }

    public IReadOnlyList<ProjectPath> List(ProjectPath folder) => [.. _sorted.Where(p => p.IsUnder(folder))];
}
