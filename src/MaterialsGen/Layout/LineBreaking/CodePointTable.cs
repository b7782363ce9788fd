namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// Maps every code point to a byte value through sorted range starts and a binary search:
/// a few thousand entries instead of a 1.1 M-entry array, and no generated source to keep in sync.
/// </summary>
internal sealed class CodePointTable
{
    private readonly int[] _starts;
    private readonly byte[] _values;

    private CodePointTable(int[] starts, byte[] values)
    {
        _starts = starts;
        _values = values;
    }

    public int RangeCount => _starts.Length;

    public byte this[int codePoint]
    {
        get
        {
            var index = Array.BinarySearch(_starts, codePoint);
            return _values[index >= 0 ? index : ~index - 1];
        }
    }

    /// <summary>Collects ranges in any order; <see cref="Build"/> fills the gaps with the default value.</summary>
    internal sealed class Builder(byte defaultValue)
    {
        private readonly List<(int Start, int End, byte Value)> _ranges = [];

        public void Add(int start, int end, byte value)
        {
            if (start < 0 || end > 0x10FFFF || end < start)
            {
                throw new InvalidDataException($"Bad code point range {start:X4}..{end:X4}.");
            }

            _ranges.Add((start, end, value));
        }

        public CodePointTable Build()
        {
            _ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
            var starts = new List<int>(_ranges.Count * 2 + 1);
            var values = new List<byte>(_ranges.Count * 2 + 1);
            var next = 0;
            foreach (var (start, end, value) in _ranges)
            {
                if (start < next)
                {
                    throw new InvalidDataException($"Overlapping code point range {start:X4}..{end:X4}.");
                }

                if (start > next)
                {
                    Append(starts, values, next, defaultValue);
                }

                Append(starts, values, start, value);
                next = end + 1;
            }

            if (next <= 0x10FFFF)
            {
                Append(starts, values, next, defaultValue);
            }

            return new CodePointTable([.. starts], [.. values]);
        }

        // Adjacent ranges with the same value are merged so the search has fewer steps.
        private static void Append(List<int> starts, List<byte> values, int start, byte value)
        {
            if (values.Count > 0 && values[^1] == value)
            {
                return;
            }

            starts.Add(start);
            values.Add(value);
        }
    }
}
