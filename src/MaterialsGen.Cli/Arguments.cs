namespace MaterialsGen.Cli;

/// <summary>Options of one command: <c>--name value</c>, repeatable, and flags; anything unknown is a usage error.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (flagOptions.Contains(arg))
            {
                _flags.Add(arg);
            }
            else if (valueOptions.Contains(arg))
            {
                if (!e.MoveNext())
                {
                    throw new UsageException($"{arg} needs a value");
                }

                if (!_values.TryGetValue(arg, out var list))
                {
                    _values[arg] = list = [];
                }

                list.Add(e.Current);
            }
            else
            {
                throw new UsageException($"unknown option '{arg}'");
            }
        }
    }

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public bool Flag(string name) => _flags.Contains(name);
}
