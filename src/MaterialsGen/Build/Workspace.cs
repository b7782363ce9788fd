using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using MaterialsGen.Content;
using MaterialsGen.Content.Records;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;
using MaterialsGen.Layout.LineBreaking;
using MaterialsGen.Layout.Text;
using MaterialsGen.Project;
using MaterialsGen.Templating;
using Scriban;

namespace MaterialsGen.Build;

/// <summary>
/// The engine session over one project (Typst's World): every project file is read through its
/// <see cref="IProjectFiles"/>, hashed once per version, and what is made from it — parsed content,
/// records, parsed templates, decoded images, the font library with its shaping and paragraph caches —
/// is kept here, not in statics, until the file changes. <c>build</c> makes one; <c>watch</c> keeps one
/// alive and tells it what changed. Each output reads through its own <see cref="ProjectReader"/>,
/// which records what it read.
/// </summary>
internal sealed class Workspace : IDisposable
{
    internal static readonly ProjectPath ManifestPath = ProjectPath.Parse("materials.yaml");
    internal static readonly ProjectPath FontsFolder = ProjectPath.Parse("fonts");
    internal static readonly ProjectPath EmojiFolder = ProjectPath.Parse("fonts/emoji");
    internal static readonly ProjectPath DataFolder = ProjectPath.Parse("data");

    private readonly ConcurrentDictionary<ProjectPath, FileSnapshot> _files = new();
    private readonly ConcurrentDictionary<ProjectPath, Lazy<Versioned<(ContentFile? File, IReadOnlyList<Diagnostic> Diagnostics)>>> _content = new();
    private readonly ConcurrentDictionary<(ProjectPath Path, string? Sheet), Lazy<Versioned<(IReadOnlyList<IReadOnlyDictionary<string, object?>>? Records, IReadOnlyList<Diagnostic> Diagnostics)>>> _records = new();
    private readonly ConcurrentDictionary<(ProjectPath Path, Color? Tint), Lazy<Versioned<(ImageSource? Image, string? Problem)>>> _images = new();
    private readonly ConcurrentBag<ImageSource> _decoded = [];
    private readonly object _fontGate = new();
    private (string Key, FontLibrary Library, string Listing)? _fonts;
    private readonly List<FontLibrary> _retiredFonts = [];

    public Workspace(string root)
        : this(new DirectoryProjectFiles(root))
    {
    }

    /// <summary>A session over <paramref name="files"/>, with the tool's built-in templates and fonts beneath them.</summary>
    public Workspace(IProjectFiles files)
        : this(files, builtIns: true)
    {
    }

    /// <summary>A session over <paramref name="files"/>; with <paramref name="builtIns"/> false, over those files alone.</summary>
    public Workspace(IProjectFiles files, bool builtIns)
    {
        ArgumentNullException.ThrowIfNull(files);
        Files = builtIns && files is not LayeredProjectFiles ? new LayeredProjectFiles(files, BuiltInProjectFiles.Instance) : files;
        Templates = new TemplateRenderer();
    }

    /// <summary>The project's files, over the built-in templates and fonts unless the session was made without them.</summary>
    public IProjectFiles Files { get; }

    /// <summary>The project folder on disk; outputs are written below it.</summary>
    public string Root => Files.Directory ?? throw new InvalidOperationException("a project in memory has no folder on disk");

    public TemplateRenderer Templates { get; }

    /// <summary>
    /// Whether the session's documents share the work they have in common (shaped text, prepared
    /// paragraphs, line sets, compressed fonts and pages). On by default; off only to show that sharing
    /// never changes a byte of output. Set before the first document.
    /// </summary>
    public bool Memoize { get; init; } = true;

    /// <summary>What each template says about itself, by name and text: read once per version, not once per record.</summary>
    internal Engine.MemoTable<(string Name, string Text), TemplateInfo> TemplateInfos => LazyInitializer.EnsureInitialized(ref _templateInfos, () => new(1_024, Memoize));

    /// <summary>
    /// The cross-file checks and the template contract of an entry, by its template and content files: every record
    /// of a mail merge has the same, so they are checked once per session and their findings given to each output.
    /// </summary>
    internal Engine.MemoTable<EntryChecks.Key, EntryChecks> Checks => LazyInitializer.EnsureInitialized(ref _checks, () => new(1_024, Memoize));

    // Made at first use, once Memoize is set (an init property is set after the constructor), by whichever thread comes first.
    private Engine.MemoTable<(string Name, string Text), TemplateInfo>? _templateInfos;
    private Engine.MemoTable<EntryChecks.Key, EntryChecks>? _checks;

    /// <summary>Compressed subsets and streams shared by the session's PDFs; null when <see cref="Memoize"/> is off.</summary>
    internal Rendering.Pdf.PdfCache? PdfCache => Memoize ? _pdfCache : null;

    private readonly Rendering.Pdf.PdfCache _pdfCache = new();

    /// <summary>Parsed output-name patterns of the manifest (a mail merge names thousands of outputs with one).</summary>
    internal ConcurrentDictionary<string, Template> NamePatterns { get; } = new(StringComparer.Ordinal);

    /// <summary>A reader for one output, recording what it reads into <paramref name="dependencies"/>.</summary>
    public ProjectReader Reader(DependencySet? dependencies = null) => new(this, dependencies ?? new DependencySet());

    /// <summary>The project's fonts: loaded at first use, and again when a file in fonts/ changes (see <see cref="Refresh"/>).</summary>
    public FontLibrary Fonts => LoadedFonts().Library;

    /// <summary>
    /// The hash of the fonts/ listing the current <see cref="Fonts"/> were loaded from: what an output laid
    /// out with them depends on. Kept with the library, so a batch does not list the folder once per output.
    /// </summary>
    internal string FontsListingHash => LoadedFonts().Listing;

    private (string Key, FontLibrary Library, string Listing) LoadedFonts()
    {
        lock (_fontGate)
        {
            if (_fonts is { } loaded)
            {
                return loaded;
            }

            var key = FontsKey(out var files);
            var fonts = new List<(string Path, byte[] Bytes)>();
            var unread = new List<UnreadableFont>();

            // A file removed since it was listed is nothing to report: the next listing will not have it.
            foreach (var path in files.Where(p => FontLibrary.IsFontFile(p.Name)))
            {
                var read = File(path, long.MaxValue).Read;
                if (read.Bytes is { } bytes)
                {
                    fonts.Add((path.Value, bytes));
                }
                else if (read.Problem != FileProblem.NotFound)
                {
                    unread.Add(new UnreadableFont(path.Value, Unread(read)));
                }
            }

            var library = FontLibrary.Load(fonts, emoji: LoadEmoji(files, unread), memoize: Memoize, unread: unread);
            _fonts = (key, library, ListingHash(files));
            return _fonts.Value;
        }
    }

    /// <summary>
    /// Loads what the first document of a build needs on another core, in the order the caller will want
    /// it (Scriban's built-ins for the name patterns, the fonts, then the Unicode tables line breaking
    /// reads), while the caller reads the manifest and the records and plans; for a build that will lay
    /// documents out (a first or a forced build). Disposing the result waits for it, so the session is
    /// never disposed under a load. A file of fonts/ that is no font is left out and reported by each
    /// output (MG0303); anything else that fails here fails again where an output needs the fonts.
    /// </summary>
    public IDisposable WarmUp() => new WarmUpTask(Task.Run(() =>
    {
        _ = SharedBuiltins.Instance;
        _ = Fonts;
        _ = LineBreakProperties.Instance;
        EmojiPresentation.Load();
    }).ContinueWith(static loaded => _ = loaded.Exception, TaskScheduler.Default));

    private sealed class WarmUpTask(Task task) : IDisposable
    {
        public void Dispose() => task.Wait();
    }

    /// <summary>
    /// Forgets what was read of these files, whatever their stamps say (an editor can save twice within
    /// the file system's clock tick); the next read sees the new content.
    /// </summary>
    public void Invalidate(IEnumerable<ProjectPath> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        foreach (var path in changed)
        {
            _files.TryRemove(path, out _);
        }

        Refresh();
    }

    /// <summary>
    /// Checks the fonts against the files: when one was added, removed or changed, the next use loads
    /// the library anew (the old one stays alive until the session ends: a document may still hold its faces).
    /// </summary>
    public void Refresh()
    {
        lock (_fontGate)
        {
            if (_fonts is { } loaded && loaded.Key != FontsKey(out _))
            {
                _retiredFonts.Add(loaded.Library);
                _fonts = null;
            }
        }
    }

    /// <summary>What the file holds now, read and hashed once per version of it.</summary>
    internal FileSnapshot File(ProjectPath path, long maxBytes = SafetyLimits.ContentFileBytes)
    {
        var (stamp, builtIn) = Files is LayeredProjectFiles layered ? layered.Locate(path) : (Files.Stamp(path), false);
        if (_files.TryGetValue(path, out var cached) && cached.Stamp == stamp && cached.BuiltIn == builtIn && cached.MaxBytes >= maxBytes)
        {
            return cached;
        }

        var read = stamp is null ? FileRead.Failed(FileProblem.NotFound) : Files.Read(path, maxBytes);
        var snapshot = new FileSnapshot(stamp, read, read.Bytes is { } bytes ? Hash(bytes) : DependencySet.Missing, maxBytes) { BuiltIn = builtIn };
        _files[path] = snapshot;
        return snapshot;
    }

    /// <summary>The hash of a recorded input as it is now: a file (its content) or a folder listing (key ending in /).</summary>
    public string CurrentHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.EndsWith('/'))
        {
            return ProjectPath.TryParse(key, out var folder, out _) ? ListingHash(folder) : DependencySet.Missing;
        }

        if (key.StartsWith(DependencySet.BuiltInPrefix, StringComparison.Ordinal))
        {
            // A built-in file stays what it was until the project puts its own file of that name in its place.
            return ProjectPath.TryParse(key[DependencySet.BuiltInPrefix.Length..], out var builtIn, out _) && File(builtIn, long.MaxValue) is { BuiltIn: true } served
                ? served.Hash
                : DependencySet.Overridden;
        }

        if (Path.IsPathRooted(key))
        {
            return File(ProjectPath.FromCommandLine(key, Files.Directory ?? "/")).Hash;
        }

        return ProjectPath.TryParse(key, out var path, out _) ? File(path, long.MaxValue).Hash : DependencySet.Missing;
    }

    /// <summary>The hash of the names of the files below a folder (for fonts/, which faces exist).</summary>
    internal string ListingHash(ProjectPath folder) => ListingHash(Listing(folder));

    private static string ListingHash(IEnumerable<ProjectPath> files) => Hash(Encoding.UTF8.GetBytes(string.Join('\n', files.Select(f => f.Value))));

    /// <summary>The font files of the project and its emoji set; the listing is what a dependency on "which fonts exist" records.</summary>
    internal IReadOnlyList<ProjectPath> Listing(ProjectPath folder) =>
        folder == FontsFolder ? [.. Files.List(folder).Where(f => FontLibrary.IsFontFile(f.Name) || IsEmojiSet(f))] : Files.List(folder);

    /// <summary>A zip of emoji SVGs in fonts/emoji/ (Twemoji's); the first, in name order, is the project's emoji set.</summary>
    internal static bool IsEmojiSet(ProjectPath path) =>
        path.IsUnder(EmojiFolder) && path.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The colour emoji set, or none. Only its index is read now; pictures are decoded when a text first
    /// uses them. A zip that cannot be read is left out like a font file that is no font, into <paramref name="unread"/>.
    /// </summary>
    private EmojiSet? LoadEmoji(IReadOnlyList<ProjectPath> files, List<UnreadableFont> unread)
    {
        if (files.Where(IsEmojiSet).Order().FirstOrDefault() is not { Value: not null } zip)
        {
            return null;
        }

        var read = File(zip, long.MaxValue).Read;
        if (read.Bytes is not { } bytes)
        {
            if (read.Problem != FileProblem.NotFound)
            {
                unread.Add(new UnreadableFont(zip.Value, Unread(read)));
            }

            return null;
        }

        try
        {
            return EmojiSet.Open(bytes, zip.Value);
        }
        catch (InvalidDataException e)
        {
            unread.Add(new UnreadableFont(zip.Value, $"it cannot be read as a zip: {e.Message.TrimEnd('.')}"));
            return null;
        }
    }

    /// <summary>Why the project could not read a file of fonts/, as a clause of the warning.</summary>
    private static string Unread(FileRead read) =>
        read.Problem == FileProblem.Unreadable ? $"the file cannot be read: {read.Detail}" : $"the file {read.Describe(long.MaxValue)}";

    private string FontsKey(out IReadOnlyList<ProjectPath> files)
    {
        files = Listing(FontsFolder);
        var key = new StringBuilder();
        foreach (var file in files)
        {
            key.Append(file.Value).Append(' ').Append(File(file, long.MaxValue).Hash).Append('\n');
        }

        return key.ToString();
    }

    /// <summary>A content file, parsed and checked once per version.</summary>
    internal (ContentFile? File, IReadOnlyList<Diagnostic> Diagnostics) Content(ProjectPath path, FileSnapshot snapshot) =>
        Cached(_content, path, snapshot.Hash, () =>
        {
            var bag = new DiagnosticBag();
            var document = ContentLoader.Load(path.Value, snapshot.Read.Bytes, bag);
            return (bag.HasErrors ? null : ContentFile.From(document, path.Stem), (IReadOnlyList<Diagnostic>)bag.Items);
        });

    /// <summary>Mail-merge records (of one sheet of a workbook), read once per version, each as plain values.</summary>
    internal (IReadOnlyList<IReadOnlyDictionary<string, object?>>? Records, IReadOnlyList<Diagnostic> Diagnostics) Records(ProjectPath path, FileSnapshot snapshot, string? sheet = null) =>
        Cached(_records, (path, sheet), snapshot.Hash, () =>
        {
            var bag = new DiagnosticBag();
            var records = RecordReader.Read(path.Value, snapshot.Read.Bytes, bag, sheet);
            IReadOnlyList<IReadOnlyDictionary<string, object?>>? plain = bag.HasErrors ? null : [.. records.Select(r => r.ToPlainDictionary())];
            return (plain, (IReadOnlyList<Diagnostic>)bag.Items);
        });

    /// <summary>An image, decoded once per version and tint.</summary>
    internal (ImageSource? Image, string? Problem) Image(ProjectPath path, FileSnapshot snapshot, Color? tint) =>
        Cached(_images, (path, tint), snapshot.Hash, () =>
        {
            var decoded = Decode(path, snapshot.Read.Bytes!, tint);
            if (decoded.Image is { } image)
            {
                _decoded.Add(image);
            }

            return decoded;
        });

    /// <summary>One cached value per key, made anew when the file behind it hashes differently.</summary>
    private static T Cached<TKey, T>(ConcurrentDictionary<TKey, Lazy<Versioned<T>>> cache, TKey key, string hash, Func<T> make)
        where TKey : notnull
    {
        while (true)
        {
            var entry = cache.GetOrAdd(key, _ => new Lazy<Versioned<T>>(() => new Versioned<T>(hash, make())));
            if (entry.Value.Hash == hash)
            {
                return entry.Value.Value;
            }

            cache.TryUpdate(key, new Lazy<Versioned<T>>(() => new Versioned<T>(hash, make())), entry);
        }
    }

    private static (ImageSource? Image, string? Problem) Decode(ProjectPath path, byte[] bytes, Color? tint)
    {
        if (tint is { } colour && path.Name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            // Icon sets draw in currentColor; a tint is that colour, set before the SVG is parsed.
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("currentColor", colour.ToString(), StringComparison.Ordinal));
        }

        return (ImageDecoder.Decode(bytes, path.Value, out var problem), problem);
    }

    public bool TemplateExists(string name) => TemplatePaths.TryResolve(name, out var path) && Files.Stamp(path) is not null;

    /// <summary>The names of the templates in templates/ (not the partials in its subfolders).</summary>
    public IReadOnlyList<string> TemplateNames() =>
        [.. Files.List(TemplatePaths.Folder).Where(p => p.Value.Count(c => c == '/') == 1 && p.Name.EndsWith(".sbn", StringComparison.Ordinal)).Select(p => p.Stem)];

    /// <summary>What a template says about itself; read without recording (listings and planning).</summary>
    public TemplateInfo TemplateInfo(string name) =>
        Build.TemplateInfo.Read(name, TemplatePaths.TryResolve(name, out var path) && File(path).Read.Bytes is { } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty);

    internal static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public void Dispose()
    {
        foreach (var image in _decoded)
        {
            image.Dispose();
        }

        lock (_fontGate)
        {
            _fonts?.Library.Dispose();
            foreach (var library in _retiredFonts)
            {
                library.Dispose();
            }
        }
    }
}

/// <summary>A value made from one version of a file, and the hash of that version.</summary>
internal sealed record Versioned<T>(string Hash, T Value);

/// <summary>A file as the session read it: its stamp then, the bytes or the problem, and the content hash.</summary>
internal sealed record FileSnapshot(FileStamp? Stamp, FileRead Read, string Hash, long MaxBytes)
{
    /// <summary>True when the tool's built-in files served it (the project has no file of that name).</summary>
    public bool BuiltIn { get; init; }
}
