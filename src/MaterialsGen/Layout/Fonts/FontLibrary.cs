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

    private FontLibrary(List<FontFace> faces, IReadOnlyList<UnreadableFont> unreadable, IReadOnlyList<string> fallbackFamilies, EmojiSet? emoji, bool memoize)
    {
        _faces = faces;
        Unreadable = unreadable;
        Shaping = new(memoize);
        Paragraphs = new(memoize);
        FallbackFamilies = fallbackFamilies;
        Emoji = emoji;
    }

    /// <summary>Colour emoji drawn as pictures in the text, when the project has a set (fonts/emoji/).</summary>
    public EmojiSet? Emoji { get; }

    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>The files left out because no face could be made of them, in path order; each output composed with the library warns of them.</summary>
    public IReadOnlyList<UnreadableFont> Unreadable { get; }

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

    /// <summary>
    /// Makes a face of every font file given (project path and bytes), in the order given, leaving out
    /// with its reason each file that is not a font Skia and HarfBuzz read: one bad download must not stop
    /// every output, most of which never needed it.
    /// </summary>
    /// <param name="emoji">The emoji set, owned by the library from now on.</param>
    /// <param name="memoize">Whether documents share shaped text, prepared paragraphs and line sets (off only to show sharing changes nothing).</param>
    /// <param name="unread">Files of fonts/ already left out (the project could not read them, or the emoji set is no zip), reported with the rest.</param>
    public static FontLibrary Load(
        IEnumerable<(string Path, byte[] Bytes)> files, IReadOnlyList<string>? fallbackFamilies = null, EmojiSet? emoji = null, bool memoize = true, IEnumerable<UnreadableFont>? unread = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var faces = new List<FontFace>();
        var unreadable = new List<UnreadableFont>(unread ?? []);
        foreach (var (path, bytes) in files)
        {
            try
            {
                faces.Add(new FontFace(bytes, path));
            }
            catch (InvalidDataException e)
            {
                unreadable.Add(new UnreadableFont(path, e.Message));
            }
        }

        var families = faces.Select(f => f.Family).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var order = (fallbackFamilies ?? DefaultFallbacks)
            .Where(f => families.Contains(f, StringComparer.OrdinalIgnoreCase))
            .Concat(families.Where(f => !(fallbackFamilies ?? DefaultFallbacks).Contains(f, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        return new FontLibrary(faces, [.. unreadable.OrderBy(u => u.Path, StringComparer.Ordinal)], order, emoji, memoize);
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
