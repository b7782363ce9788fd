using System.Collections.Concurrent;

namespace MaterialsGen.Layout.Fonts;

/// <summary>
/// The fonts of one project, from its <c>fonts/</c> folder only (never from the system) so every
/// machine renders the same bytes. Made once per engine session from the files the project boundary
/// read, shared across threads; it also owns the text caches that are only valid for these faces.
/// </summary>
internal sealed class FontLibrary : IDisposable
{
    private readonly List<FontFace> _faces;
    private readonly ConcurrentDictionary<(string Family, int Weight, bool Italic), FontFace?> _resolved = new();
    private readonly ConcurrentDictionary<(string Family, int Weight, bool Italic), IReadOnlyList<FontFace>> _chains = new();

    private FontLibrary(List<FontFace> faces, IReadOnlyList<string> fallbackFamilies, EmojiSet? emoji, bool memoize)
    {
        _faces = faces;
        Shaping = new(memoize);
        Paragraphs = new(memoize);
        FallbackFamilies = fallbackFamilies;
        Emoji = emoji;
    }

    /// <summary>Colour emoji drawn as pictures in the text, when the project has a set (fonts/emoji/).</summary>
    public EmojiSet? Emoji { get; }

    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>Shaped runs for these faces, shared by every document of the session.</summary>
    internal Text.ShapingCache Shaping { get; }

    /// <summary>Prepared paragraphs for these faces, shared by every document of the session.</summary>
    internal Text.PreparedParagraphCache Paragraphs { get; }

    /// <summary>True for the file names the library loads.</summary>
    public static bool IsFontFile(string name) =>
        name.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".otf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Families tried, in order, after a span's own family lacks a character.</summary>
    public IReadOnlyList<string> FallbackFamilies { get; }

    public IEnumerable<string> Families => _faces.Select(f => f.Family).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes a face of every font file given (project path and bytes), in the order given.</summary>
    /// <param name="emoji">The emoji set, owned by the library from now on.</param>
    /// <param name="memoize">Whether documents share shaped text, prepared paragraphs and line sets (off only to show sharing changes nothing).</param>
    public static FontLibrary Load(IEnumerable<(string Path, byte[] Bytes)> files, IReadOnlyList<string>? fallbackFamilies = null, EmojiSet? emoji = null, bool memoize = true)
    {
        ArgumentNullException.ThrowIfNull(files);
        var faces = files.Select(f => new FontFace(f.Bytes, f.Path)).ToList();
        var families = faces.Select(f => f.Family).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var order = (fallbackFamilies ?? DefaultFallbacks)
            .Where(f => families.Contains(f, StringComparer.OrdinalIgnoreCase))
            .Concat(families.Where(f => !(fallbackFamilies ?? DefaultFallbacks).Contains(f, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        return new FontLibrary(faces, order, emoji, memoize);
    }

    private static readonly string[] DefaultFallbacks = ["Be Vietnam Pro", "Tinos", "Noto Sans Symbols 2"];

    public bool HasFamily(string family) => _faces.Exists(f => string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The face of <paramref name="family"/> closest to the asked weight and slant, or null when the
    /// family is not in the library. Closest weight follows CSS: nearest, heavier wins a tie for bold.
    /// </summary>
    public FontFace? Resolve(string family, int weight, bool italic) =>
        _resolved.GetOrAdd((family, weight, italic), key =>
        {
            var candidates = _faces.Where(f => string.Equals(f.Family, key.Family, StringComparison.OrdinalIgnoreCase)).ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            return candidates
                .OrderBy(f => f.Italic == key.Italic ? 0 : 1)
                .ThenBy(f => Math.Abs(f.Weight - key.Weight))
                .ThenBy(f => key.Weight >= 500 ? -f.Weight : f.Weight)
                .First();
        });

    /// <summary>The faces to try for a span, its own family first.</summary>
    public IReadOnlyList<FontFace> Chain(string family, int weight, bool italic) =>
        _chains.GetOrAdd((family, weight, italic), key => BuildChain(key.Family, key.Weight, key.Italic));

    private List<FontFace> BuildChain(string family, int weight, bool italic)
    {
        var chain = new List<FontFace>();
        if (Resolve(family, weight, italic) is { } own)
        {
            chain.Add(own);
        }

        foreach (var fallback in FallbackFamilies)
        {
            if (!string.Equals(fallback, family, StringComparison.OrdinalIgnoreCase) && Resolve(fallback, weight, italic) is { } face)
            {
                chain.Add(face);
            }
        }

        return chain;
    }

    public void Dispose()
    {
        foreach (var face in _faces)
        {
            face.Dispose();
        }

        Emoji?.Dispose();
    }
}
