using System.Collections.Concurrent;
using System.Security.Cryptography;
using MaterialsGen.Layout.Fonts;
using SkiaSharp;

namespace MaterialsGen.Rendering;

/// <summary>
/// Subset typefaces keyed by face and the exact glyphs and characters used. Handouts of one batch share
/// most of their text, so most documents reuse a subset instead of cutting it again. Typefaces are
/// immutable and safe to draw from several threads; the cache is bounded and simply forgets when full.
/// </summary>
internal static class SubsetCache
{
    private const int MaxEntries = 4_096;
    private static readonly ConcurrentDictionary<(FontFace Face, string Key), SKTypeface?> Entries = new();

    public static SKTypeface? Get(FontFace face, HashSet<ushort> glyphs, HashSet<int> codepoints)
    {
        var key = (face, Key(glyphs, codepoints));
        if (Entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        SKTypeface? typeface = null;
        if (FontSubsetter.Subset(face, glyphs, codepoints) is { } bytes)
        {
            using var data = SKData.CreateCopy(bytes);
            typeface = SKTypeface.FromData(data);
        }

        if (Entries.Count >= MaxEntries)
        {
            // Dropped typefaces may still be drawing on another thread; the GC disposes them when done.
            Entries.Clear();
        }

        return Entries.GetOrAdd(key, typeface);
    }

    private static string Key(HashSet<ushort> glyphs, HashSet<int> codepoints)
    {
        var values = new int[glyphs.Count + 1 + codepoints.Count];
        var i = 0;
        foreach (var glyph in glyphs.Order())
        {
            values[i++] = glyph;
        }

        values[i++] = -1;
        foreach (var codepoint in codepoints.Order())
        {
            values[i++] = codepoint;
        }

        return Convert.ToHexString(SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan())));
    }
}
