using System.Collections.Concurrent;

namespace MaterialsGen.Engine;

/// <summary>
/// One memo table of an engine session (shaped runs, prepared paragraphs, compressed streams …). A miss
/// computes the value; it is kept only from its key's second use on, the first leaving just the key, so
/// what a batch never repeats (each branch's own header, its first page) costs a few bytes and 3,000
/// records need no more memory than 300. Bounded: a full table starts again empty. Disabled, it computes
/// every time (to show that sharing changes nothing). Thread-safe: a race at worst computes a value twice.
/// </summary>
internal sealed class MemoTable<TKey, TValue>(int capacity, bool enabled = true, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, TValue?> _entries = new(comparer);

    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (TryGet(key, out var value))
        {
            return value;
        }

        value = compute(key, state);
        Add(key, value);
        return value;
    }

    /// <summary>The value kept for <paramref name="key"/>, for callers whose input cannot be captured (a span).</summary>
    public bool TryGet(TKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TValue? value)
    {
        value = null;
        return enabled && _entries.TryGetValue(key, out value) && value is not null;
    }

    /// <summary>Records that <paramref name="key"/> was computed; the value is kept when the key was seen before.</summary>
    public void Add(TKey key, TValue value)
    {
        if (!enabled)
        {
            return;
        }

        var seen = _entries.ContainsKey(key);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = seen ? value : null;
    }
}
