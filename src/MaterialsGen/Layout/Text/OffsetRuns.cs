namespace MaterialsGen.Layout.Text;

/// <summary>
/// The markup offset of each character of a text span, kept as runs: consecutive characters from
/// consecutive markup characters share one run, so a span copied from one text node is a single pair and
/// only collapsed white space or an entity starts another. Immutable.
/// </summary>
internal sealed class OffsetRuns
{
    private readonly int[] _starts;
    private readonly int[] _offsets;
    private readonly bool _constant;

    private OffsetRuns(int[] starts, int[] offsets, bool constant)
    {
        _starts = starts;
        _offsets = offsets;
        _constant = constant;
    }

    /// <summary>Every character at one offset: a line break, a page number or a list marker the element makes.</summary>
    public static OffsetRuns Single(int offset) => new([0], [offset], constant: true);

    /// <summary>The markup offset of character <paramref name="index"/>; −1 when unknown.</summary>
    public int At(int index)
    {
        if (_starts.Length == 0)
        {
            return -1;
        }

        var run = Array.BinarySearch(_starts, Math.Max(0, index));
        if (run < 0)
        {
            run = ~run - 1;
        }

        var offset = _offsets[run];
        return offset < 0 || _constant ? offset : offset + (Math.Max(0, index) - _starts[run]);
    }

    /// <summary>Collects offsets character by character, joining runs as it goes; reusable after <see cref="Build"/>.</summary>
    public sealed class Builder
    {
        private readonly List<int> _starts = [];
        private readonly List<int> _offsets = [];
        private int _count;
        private int _last = int.MinValue;

        public void Add(int offset)
        {
            if (_count == 0 || offset < 0 || _last < 0 || offset != _last + 1)
            {
                _starts.Add(_count);
                _offsets.Add(offset);
            }

            _last = offset;
            _count++;
        }

        public OffsetRuns Build()
        {
            var runs = new OffsetRuns([.. _starts], [.. _offsets], constant: false);
            Clear();
            return runs;
        }

        public void Clear()
        {
            _starts.Clear();
            _offsets.Clear();
            _count = 0;
            _last = int.MinValue;
        }
    }
}
