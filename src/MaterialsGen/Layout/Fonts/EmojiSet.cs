using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Layout.Fonts;

/// <summary>
/// Colour emoji as SVG pictures, one file per emoji sequence, from a zip in the project's fonts folder
/// (fonts/emoji/twemoji.zip). Files are named by their code points in lowercase hex joined by '-'
/// (<c>1f44d-1f3fd.svg</c>); U+FE0F is left out on both sides when matching, since sets differ in
/// where they keep it. A picture is decoded once per process, when a text first uses it, through the
/// same SVG path as icons, and shared by every thread.
/// </summary>
internal sealed class EmojiSet : IDisposable
{
    private const int ZeroWidthJoiner = 0x200D;

    private readonly ZipArchive _archive;
    private readonly FrozenDictionary<string, ZipArchiveEntry> _entries;
    private readonly ConcurrentDictionary<string, Lazy<ImageSource?>> _pictures = new(StringComparer.Ordinal);
    private readonly Lock _reading = new();

    private EmojiSet(string name, ZipArchive archive, FrozenDictionary<string, ZipArchiveEntry> entries)
    {
        Name = name;
        _archive = archive;
        _entries = entries;
    }

    /// <summary>The project-relative path of the set, for messages.</summary>
    public string Name { get; }

    /// <summary>How many emoji sequences the set draws.</summary>
    public int Count => _entries.Count;

    /// <summary>Reads the set's index; the pictures themselves are decoded when first drawn.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a zip archive.</exception>
    public static EmojiSet Open(byte[] zip, string name)
    {
        var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            if (entry.Name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && KeyOfFileName(entry.Name[..^4]) is { } key)
            {
                entries.TryAdd(key, entry);
            }
        }

        return new EmojiSet(name, archive, entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The pictures that draw one grapheme cluster, or null when the set cannot draw it. A ZWJ sequence
    /// or skin tone the set does not know is drawn as its parts (as emoji fonts do), when it knows them all.
    /// </summary>
    public ImageSource[]? Find(ReadOnlySpan<char> cluster)
    {
        if (Picture(Key(cluster)) is { } whole)
        {
            return [whole];
        }

        var parts = new List<ImageSource>();
        return AddParts(cluster, parts) && parts.Count > 1 ? [.. parts] : null;
    }

    /// <summary>Whether the set has a picture for exactly this sequence (U+FE0F aside).</summary>
    public bool Has(ReadOnlySpan<char> cluster) => _entries.ContainsKey(Key(cluster));

    private bool AddParts(ReadOnlySpan<char> cluster, List<ImageSource> parts)
    {
        var joiner = cluster.IndexOf((char)ZeroWidthJoiner);
        if (joiner >= 0)
        {
            return AddParts(cluster[..joiner], parts) && AddParts(cluster[(joiner + 1)..], parts);
        }

        if (Picture(Key(cluster)) is { } picture)
        {
            parts.Add(picture);
            return true;
        }

        // An emoji with a skin tone the set lacks: the emoji, then the tone's swatch.
        if (Rune.DecodeLastFromUtf16(cluster, out var last, out var length) == System.Buffers.OperationStatus.Done
            && last.Value is >= 0x1F3FB and <= 0x1F3FF && cluster.Length > length
            && Picture(Key(cluster[..^length])) is { } bare && Picture(Key(cluster[^length..])) is { } swatch)
        {
            parts.Add(bare);
            parts.Add(swatch);
            return true;
        }

        return false;
    }

    private ImageSource? Picture(string key) =>
        key.Length > 0 && _entries.TryGetValue(key, out var entry)
            ? _pictures.GetOrAdd(key, _ => new Lazy<ImageSource?>(() => Decode(entry))).Value
            : null;

    private ImageSource? Decode(ZipArchiveEntry entry)
    {
        byte[] bytes;
        lock (_reading)
        {
            // A zip archive reads one entry at a time; pictures are decoded once, so the lock is rarely held.
            using var stream = entry.Open();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            bytes = memory.ToArray();
        }

        return ImageDecoder.Decode(bytes, Name + ":" + entry.FullName, out _);
    }

    /// <summary>"1f44d-1f3fd": the cluster's code points in lowercase hex, without variation selectors.</summary>
    internal static string Key(ReadOnlySpan<char> cluster)
    {
        var key = new StringBuilder(cluster.Length * 3);
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (rune.Value is 0xFE0F or 0xFE0E)
            {
                continue;
            }

            if (key.Length > 0)
            {
                key.Append('-');
            }

            key.Append(rune.Value.ToString("x", CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }

    private static string? KeyOfFileName(string name)
    {
        var parts = new List<string>();
        foreach (var part in name.Split('-'))
        {
            if (!int.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 0x10FFFF)
            {
                return null;
            }

            if (value != 0xFE0F)
            {
                parts.Add(value.ToString("x", CultureInfo.InvariantCulture));
            }
        }

        return parts.Count > 0 ? string.Join('-', parts) : null;
    }

    public void Dispose()
    {
        foreach (var picture in _pictures.Values.Where(p => p.IsValueCreated))
        {
            picture.Value?.Dispose();
        }

        _archive.Dispose();
    }
}
