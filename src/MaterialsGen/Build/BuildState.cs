using System.Text.Json;
using System.Text.Json.Serialization;

namespace MaterialsGen.Build;

/// <summary>
/// What the last build wrote: each output's job fingerprint, page count and recorded inputs, kept beside
/// the outputs so the next build can skip what has not changed and --clean knows which files are ours.
/// </summary>
internal sealed class BuildState
{
    private const string FileName = ".materialsgen-state.json";
    private readonly Dictionary<string, BuildStateEntry> _entries;
    private readonly object _gate = new();
    private bool _changed;

    // The outputs of a batch read the same inputs with the same hashes (one template, its content, the
    // fonts): they share one set, so 3,000 handouts keep one copy of it instead of 3,000.
    private readonly Dictionary<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> _inputSets = new(InputSetComparer.Instance);

    private BuildState(Dictionary<string, BuildStateEntry> entries)
    {
        _entries = entries;
        foreach (var output in entries.Keys.ToList())
        {
            entries[output] = Shared(entries[output]);
        }
    }

    /// <summary>Whether an earlier build left its state in <paramref name="outDirectory"/>; without one, every output is built.</summary>
    public static bool Exists(string outDirectory) => File.Exists(Path.Combine(outDirectory, FileName));

    public static BuildState Load(string outDirectory)
    {
        var path = Path.Combine(outDirectory, FileName);
        try
        {
            return File.Exists(path)
                ? new BuildState(JsonSerializer.Deserialize(File.ReadAllText(path), BuildStateJson.Default.DictionaryStringBuildStateEntry) ?? [])
                : new BuildState([]);
        }
        catch (JsonException)
        {
            // A damaged state file only costs a full rebuild.
            return new BuildState([]);
        }
    }

    public IReadOnlyCollection<string> Outputs
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Keys];
            }
        }
    }

    public BuildStateEntry? Get(string output)
    {
        lock (_gate)
        {
            return _entries.GetValueOrDefault(output);
        }
    }

    public void Set(string output, BuildStateEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _changed |= _entries.GetValueOrDefault(output) != entry;
            _entries[output] = Shared(entry);
        }
    }

    /// <summary>The entry with the one instance of its input set that the state keeps (called under the gate or before sharing).</summary>
    private BuildStateEntry Shared(BuildStateEntry entry)
    {
        if (entry.Inputs is not { } inputs)
        {
            return entry;
        }

        if (_inputSets.TryGetValue(inputs, out var shared))
        {
            return ReferenceEquals(shared, inputs) ? entry : entry with { Inputs = shared };
        }

        _inputSets[inputs] = inputs;
        return entry;
    }

    public void Remove(string output)
    {
        lock (_gate)
        {
            _changed |= _entries.Remove(output);
        }
    }

    /// <summary>
    /// Writes the state atomically (temp file and rename), entries in a stable order; a build that
    /// changed nothing writes nothing.
    /// </summary>
    public void Save(string outDirectory)
    {
        if (!_changed)
        {
            return;
        }

        Directory.CreateDirectory(outDirectory);
        var path = Path.Combine(outDirectory, FileName);
        var temporary = TemporaryFiles.Beside(path);
        // Written straight to the file: for 3,000 outputs the text would be megabytes held at the build's peak.
        try
        {
            using (var stream = File.Create(temporary))
            {
                lock (_gate)
                {
                    JsonSerializer.Serialize(stream, new SortedDictionary<string, BuildStateEntry>(_entries, StringComparer.Ordinal), BuildStateJson.Default.SortedDictionaryStringBuildStateEntry);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

/// <summary>Input sets equal when they hold the same paths with the same hashes, whatever their order.</summary>
internal sealed class InputSetComparer : IEqualityComparer<IReadOnlyDictionary<string, string>>
{
    public static InputSetComparer Instance { get; } = new();

    public bool Equals(IReadOnlyDictionary<string, string>? x, IReadOnlyDictionary<string, string>? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Count == y.Count
            && x.All(p => y.TryGetValue(p.Key, out var hash) && string.Equals(hash, p.Value, StringComparison.Ordinal)));

    public int GetHashCode(IReadOnlyDictionary<string, string> obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = obj.Count;
        foreach (var (key, value) in obj)
        {
            // A sum, so the order entries come in does not matter.
            hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), StringComparer.Ordinal.GetHashCode(value));
        }

        return hash;
    }
}

/// <summary>
/// One output's record in <see cref="BuildState"/>: the fingerprint of its job, its page count, and every
/// input it read with the hash it saw (null in a state file from before inputs were recorded).
/// </summary>
internal sealed record BuildStateEntry(string Fingerprint, int Pages, IReadOnlyDictionary<string, string>? Inputs = null)
{
    private static readonly IReadOnlyDictionary<string, string> NoInputs = new Dictionary<string, string>();

    // No inputs recorded (an older state file) and none read are the same.
    public bool Equals(BuildStateEntry? other) =>
        other is not null && Fingerprint == other.Fingerprint && Pages == other.Pages
        && InputSetComparer.Instance.Equals(Inputs ?? NoInputs, other.Inputs ?? NoInputs);

    public override int GetHashCode() => HashCode.Combine(Fingerprint, Pages, InputSetComparer.Instance.GetHashCode(Inputs ?? NoInputs));
}

/// <summary>
/// Serialisation code generated at compile time: a build that starts cold does not spend tens of
/// milliseconds building serialisers by reflection just to read and write this one small file.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, BuildStateEntry>))]
[JsonSerializable(typeof(SortedDictionary<string, BuildStateEntry>))]
internal sealed partial class BuildStateJson : JsonSerializerContext;
