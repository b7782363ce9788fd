namespace MaterialsGen.Project;

/// <summary>
/// What one output read through the project boundary: each file with the hash of the content it saw
/// (or <see cref="Missing"/> when it looked for a file that was not there) and each folder it listed,
/// with the hash of the listing. An output is up to date exactly when all of these still hash the same.
/// </summary>
internal sealed class DependencySet
{
    /// <summary>The hash recorded for a file that was looked for and not found: creating it is a change.</summary>
    public const string Missing = "missing";

    /// <summary>What the key of a file served from the tool's built-ins starts with: <c>builtin:templates/handout.sbn</c>.</summary>
    public const string BuiltInPrefix = "builtin:";

    /// <summary>The hash a built-in input has once the project has its own file of that name.</summary>
    public const string Overridden = "overridden";

    private readonly SortedDictionary<string, string> _inputs = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Keys are project paths; a folder's listing ends in <c>/</c>. Sorted, so the state file is stable.</summary>
    public IReadOnlyDictionary<string, string> Inputs
    {
        get
        {
            lock (_gate)
            {
                return new SortedDictionary<string, string>(_inputs, StringComparer.Ordinal);
            }
        }
    }

    public void File(ProjectPath path, string hash, bool builtIn = false)
    {
        lock (_gate)
        {
            _inputs[builtIn ? BuiltInPrefix + path.Value : Key(path)] = hash;
        }
    }

    public void Listing(ProjectPath folder, string hash)
    {
        lock (_gate)
        {
            _inputs[Key(folder) + "/"] = hash;
        }
    }

    /// <summary>The key of a path: the project path, or for a file outside the project its absolute path.</summary>
    public static string Key(ProjectPath path) => path.ExternalPath ?? path.Value;
}
