using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>A compressed font program for a PDF, the six-letter tag its subset name carries, and its uncompressed length.</summary>
internal sealed record FontProgram(string Tag, byte[] Deflated, int Length);

/// <summary>
/// Subset font programs keyed by face and the exact glyphs used, already compressed. Handouts of one
/// batch share most of their text, so most documents reuse a subset instead of cutting and
/// compressing it again. The cache is bounded per face and simply forgets when full.
/// </summary>
internal static class SubsetCache
{
    private const int MaxEntries = 4_096;
    // Per face and weakly held: `watch` loads the fonts again for every build, and the old faces must go.
    private static readonly ConditionalWeakTable<FontFace, ConcurrentDictionary<string, FontProgram>> Subsets = [];
    private static readonly ConditionalWeakTable<FontFace, FontProgram> WholeFonts = [];

    /// <param name="glyphs">The glyph ids used, sorted ascending.</param>
    public static FontProgram Get(FontFace face, ReadOnlySpan<ushort> glyphs)
    {
        var hash = SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(glyphs));
        var key = Convert.ToHexString(hash);
        var entries = Subsets.GetValue(face, static _ => new ConcurrentDictionary<string, FontProgram>(StringComparer.Ordinal));
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var program = FontSubsetter.Subset(face, glyphs.ToArray()) is { } bytes
            ? new FontProgram(Tag(hash), PdfFile.Deflate(bytes), bytes.Length)
            : Whole(face);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        return entries.GetOrAdd(key, program);
    }

    /// <summary>When HarfBuzz cannot subset a font, the whole file is embedded (larger, still correct).</summary>
    private static FontProgram Whole(FontFace face) =>
        WholeFonts.GetValue(face, static f => new FontProgram(Tag(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(f.Path))), PdfFile.Deflate(f.FileData), f.FileData.Length));

    /// <summary>Six capital letters derived from the glyph set, as PDF subset names require.</summary>
    private static string Tag(byte[] hash) => string.Create(6, hash, static (span, h) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('A' + (h[i] % 26));
        }
    });
}
