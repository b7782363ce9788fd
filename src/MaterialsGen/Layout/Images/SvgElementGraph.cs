namespace MaterialsGen.Layout.Images;

/// <summary>
/// The elements of an SVG file as a tree plus its <c>href="#id"</c> references, to count how many
/// elements drawing it produces: each element once, and a referenced element again, with everything
/// inside it, for every reference. Counted without recursion (nesting and reference chains can be long)
/// and saturating just past the limit, so a fan-out of ten to the ninth is never enumerated.
/// </summary>
internal sealed class SvgElementGraph
{
    private const long Saturated = SafetyLimits.SvgElements + 1L;
    private readonly List<Element> _elements = [];
    private readonly List<int> _open = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int Count => _elements.Count;

    /// <summary>Adds the next element in document order, at its depth (0 for the root).</summary>
    public void Add(int depth, string? id, string? reference)
    {
        var index = _elements.Count;
        if (_open.Count > depth)
        {
            _open.RemoveRange(depth, _open.Count - depth);
        }

        if (depth > 0 && _open.Count == depth)
        {
            _elements[_open[depth - 1]].Children.Add(index);
        }

        _elements.Add(new Element(reference));
        _open.Add(index);
        if (id is { Length: > 0 })
        {
            _ids.TryAdd(id, index);
        }
    }

    /// <summary>Elements drawn with every reference expanded (at most just past the limit), or null for a reference loop.</summary>
    public long? DrawnElements() => _elements.Count == 0 ? 0 : Drawn(0, new long[_elements.Count], new byte[_elements.Count]);

    // Depth first with an explicit stack; state: 0 not seen, 1 counting its dependencies, 2 counted.
    // A dependency still being counted lies on the path to itself: a loop.
    private long? Drawn(int root, long[] cost, byte[] state)
    {
        var stack = new Stack<int>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var index = stack.Peek();
            if (state[index] == 2)
            {
                stack.Pop();
                continue;
            }

            var element = _elements[index];
            var target = element.Reference is { } reference && _ids.TryGetValue(reference, out var found) ? found : -1;
            if (state[index] == 0)
            {
                state[index] = 1;
                foreach (var dependency in element.Children.Append(target).Where(d => d >= 0))
                {
                    if (state[dependency] == 1)
                    {
                        return null;
                    }

                    if (state[dependency] == 0)
                    {
                        stack.Push(dependency);
                    }
                }

                continue;
            }

            var sum = 1L;
            foreach (var dependency in element.Children.Append(target).Where(d => d >= 0))
            {
                sum = Math.Min(Saturated, sum + cost[dependency]);
            }

            cost[index] = sum;
            state[index] = 2;
            stack.Pop();
        }

        return cost[root];
    }

    private sealed record Element(string? Reference)
    {
        public List<int> Children { get; } = [];
    }
}
