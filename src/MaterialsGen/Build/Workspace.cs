using System.Collections.Concurrent;
using MaterialsGen.Content;
using MaterialsGen.Content.Records;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;
using MaterialsGen.Templating;

namespace MaterialsGen.Build;

/// <summary>
/// The one place that reads project files (like Typst's World): content, templates and fonts, each
/// loaded once per process, and never a path outside the project root. It also loads the images
/// markup names, so the binder stays free of file access.
/// </summary>
public sealed class Workspace : IResourceLoader, IDisposable
{
    private readonly Lazy<FontLibrary> _fonts;
    private readonly ConcurrentDictionary<(string Path, DateTime Written), Lazy<(ContentFile? File, IReadOnlyList<Diagnostic> Diagnostics)>> _content = new();

    private readonly ConcurrentDictionary<(string Path, DateTime Written, Color? Tint), Lazy<(ImageSource? Image, string? Problem)>> _images = new();

    public Workspace(string root)
    {
        Root = Path.GetFullPath(root);
        _fonts = new Lazy<FontLibrary>(() => FontLibrary.Load(Path.Combine(Root, "fonts"), Root, emoji: LoadEmoji()));
        Templates = new TemplateRenderer(Root);
    }

    public string Root { get; }

    public FontLibrary Fonts => _fonts.Value;

    public TemplateRenderer Templates { get; }

    /// <summary>The absolute path of a project-relative path, or null (with an error) if it leaves the project or is missing.</summary>
    public string? Resolve(string relative, SourceSpan where, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Error("MG0605", $"'{relative}' is outside the project folder", where);
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Error("MG0605", $"file '{relative}' not found", where);
            return null;
        }

        return full;
    }

    public string Relative(string path) => Path.GetRelativePath(Root, Path.GetFullPath(path)).Replace('\\', '/');

    /// <summary>A content file, read and checked once per process (again if it changes on disk).</summary>
    public ContentFile? Content(string relative, SourceSpan where, DiagnosticBag diagnostics)
    {
        if (Resolve(relative, where, diagnostics) is not { } full)
        {
            return null;
        }

        var entry = _content.GetOrAdd((full, File.GetLastWriteTimeUtc(full)), key => new Lazy<(ContentFile?, IReadOnlyList<Diagnostic>)>(() =>
        {
            var bag = new DiagnosticBag();
            var relativePath = Relative(key.Path);
            var document = ContentLoader.Load(relativePath, File.ReadAllBytes(key.Path), bag);
            return (bag.HasErrors ? null : ContentFile.From(document, Path.GetFileNameWithoutExtension(key.Path)), bag.Items);
        }));
        diagnostics.AddRange(entry.Value.Diagnostics);
        return entry.Value.File;
    }

    /// <summary>Mail-merge records from a CSV or YAML file, each as plain values.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>>? Records(string relative, SourceSpan where, DiagnosticBag diagnostics)
    {
        if (Resolve(relative, where, diagnostics) is not { } full)
        {
            return null;
        }

        var bag = new DiagnosticBag();
        var records = RecordReader.Read(Relative(full), File.ReadAllBytes(full), bag);
        diagnostics.AddRange(bag.Items);
        return bag.HasErrors ? null : records.Select(r => r.ToPlainDictionary()).ToList();
    }

    /// <summary>An image named in markup, decoded once per process (again if it changes on disk).</summary>
    public ImageSource? LoadImage(string path, SourceSpan where, DiagnosticBag diagnostics, Color? tint = null)
    {
        if (ProjectPath.Confine(Root, path) is not { } full)
        {
            diagnostics.Error("MG0701", $"image '{path}' is outside the project folder; write a path relative to the project, such as templates/images/logo.svg", where);
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Error("MG0702", $"image '{path}' not found", where);
            return null;
        }

        if (new FileInfo(full).Length > SafetyLimits.ImageFileBytes)
        {
            diagnostics.Error("MG0703", $"image '{path}' is larger than the limit of {SafetyLimits.ImageFileBytes / (1024 * 1024)} MB", where);
            return null;
        }

        var (image, problem) = _images.GetOrAdd(
            (full, File.GetLastWriteTimeUtc(full), tint),
            key => new Lazy<(ImageSource?, string?)>(() => Decode(key.Path, key.Tint))).Value;
        if (image is null)
        {
            diagnostics.Error("MG0703", $"image '{path}' {problem}", where);
        }

        return image;
    }

    private (ImageSource? Image, string? Problem) Decode(string full, Color? tint)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read ({e.Message})");
        }

        if (tint is { } colour && full.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            // Icon sets draw in currentColor; a tint is that colour, set before the SVG is parsed.
            bytes = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("currentColor", colour.ToString(), StringComparison.Ordinal));
        }

        return (ImageDecoder.Decode(bytes, Relative(full), out var problem), problem);
    }

    /// <summary>
    /// The colour emoji set: the first zip in fonts/emoji/ (Twemoji's SVGs), or none. Only its index is
    /// read now; pictures are decoded when a text first uses them.
    /// </summary>
    private EmojiSet? LoadEmoji()
    {
        var folder = Path.Combine(Root, "fonts", "emoji");
        var zip = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (zip is null)
        {
            return null;
        }

        try
        {
            return EmojiSet.Open(File.ReadAllBytes(zip), Relative(zip));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{Relative(zip)} is not a zip of emoji SVGs ({e.Message})", e);
        }
    }

    public TemplateInfo TemplateInfo(string name) =>
        Build.TemplateInfo.Read(name, File.Exists(Templates.PathOf(name)) ? File.ReadAllText(Templates.PathOf(name)) : string.Empty);

    public void Dispose()
    {
        foreach (var image in _images.Values.Where(i => i.IsValueCreated))
        {
            image.Value.Image?.Dispose();
        }

        if (_fonts.IsValueCreated)
        {
            _fonts.Value.Dispose();
        }
    }
}
