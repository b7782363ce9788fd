using System.Collections.Concurrent;
using System.Security.Cryptography;
using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>A compressed font program for a PDF, the six-letter tag its subset name carries, and its uncompressed length.</summary>
internal sealed record FontProgram(string Tag, byte[] Deflated, int Length);

/// <summary>
/// What one engine session's PDFs share, already compressed: subset font programs by face and exact
/// glyph set, and compressed streams by their bytes. Handouts of one batch share most of their text and
/// most of their pages (pages 2 and 3 of a branch handout are the same for every branch), so most
/// documents reuse a subset and most page contents instead of cutting and compressing them again.
/// Compression is deterministic, so a reused stream is byte for byte the one compressing again would give.
/// A result is kept from its second use on (<see cref="Engine.MemoTable{TKey, TValue}"/>): each branch's own
/// first page and glyph set are never kept.
/// </summary>
internal sealed class PdfCache
{
    private const int MaxSubsets = 16_384;
    private const int MaxStreams = 8_192;

    // Keyed by face reference: a session keeps its faces (and the libraries fonts/ changes retire) alive until it ends.
    private readonly Engine.MemoTable<(FontFace Face, string Glyphs), FontProgram> _subsets = new(MaxSubsets);
    private readonly ConcurrentDictionary<FontFace, FontProgram> _wholeFonts = new();
    private readonly Engine.MemoTable<(int Level, int Length, UInt128 Hash), byte[]> _streams = new(MaxStreams);

    /// <param name="glyphs">The glyph ids used, sorted ascending.</param>
    public FontProgram Subset(FontFace face, ReadOnlySpan<ushort> glyphs)
    {
        var hash = SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(glyphs));
        var key = (face, Convert.ToHexString(hash));
        if (!_subsets.TryGet(key, out var program))
        {
            program = CutSubset(face, glyphs, hash) ?? _wholeFonts.GetOrAdd(face, WholeFont);
            _subsets.Add(key, program);
        }

        return program;
    }

    /// <summary>The subset without a cache: what a document written outside a session embeds.</summary>
    public static FontProgram SubsetOnce(FontFace face, ReadOnlySpan<ushort> glyphs)
    {
        var hash = SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(glyphs));
        return CutSubset(face, glyphs, hash) ?? WholeFont(face);
    }

    /// <summary>
    /// <paramref name="data"/> zlib-compressed at <paramref name="level"/>. The key is a 128-bit slice of its
    /// SHA-256 and its length: two different streams meeting on it is not a risk worth the memory of keeping every stream to compare.
    /// </summary>
    public byte[] Deflate(ReadOnlySpan<byte> data, int level)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(data, digest);
        var key = (level, data.Length, System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest));
        if (!_streams.TryGet(key, out var deflated))
        {
            deflated = PdfFile.Deflate(data, level);
            _streams.Add(key, deflated);
        }

        return deflated;
    }

    private static FontProgram? CutSubset(FontFace face, ReadOnlySpan<ushort> glyphs, byte[] hash) =>
        FontSubsetter.Subset(face, glyphs.ToArray()) is { } bytes ? new FontProgram(Tag(hash), PdfFile.Deflate(bytes), bytes.Length) : null;

    /// <summary>When HarfBuzz cannot subset a font, the whole file is embedded (larger, still correct).</summary>
    private static FontProgram WholeFont(FontFace face) =>
        new(Tag(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(face.Path))), PdfFile.Deflate(face.FileData), face.FileData.Length);

    /// <summary>Six capital letters derived from the glyph set, as PDF subset names require.</summary>
    private static string Tag(byte[] hash) => string.Create(6, hash, static (span, h) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('A' + (h[i] % 26));
        }
    });
}
