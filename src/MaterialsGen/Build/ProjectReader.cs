using System.Text;
using MaterialsGen.Content;
using MaterialsGen.Diagnostics;
using MaterialsGen.Export.Docx;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Project;
using MaterialsGen.Templating;

namespace MaterialsGen.Build;

/// <summary>
/// One output's view of the project: content, records, templates and includes, images and fonts, read
/// through the session's caches, each read recorded (path and the hash of what was seen) in
/// <see cref="Dependencies"/>. What an output read is then exactly what can make it stale.
/// </summary>
internal sealed class ProjectReader : IResourceLoader, ITemplateSource
{
    private readonly Workspace _workspace;

    internal ProjectReader(Workspace workspace, DependencySet dependencies)
    {
        _workspace = workspace;
        Dependencies = dependencies;
    }

    public DependencySet Dependencies { get; }

    /// <summary>A content file written as a path in the manifest or on a command line turned into a path.</summary>
    public ContentFile? Content(string path, SourceSpan where, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!ProjectPath.TryParse(path, out var parsed, out var problem))
        {
            diagnostics.Error("MG0605", $"'{path}' {problem}", where);
            return null;
        }

        return Content(parsed, where, diagnostics);
    }

    public ContentFile? Content(ProjectPath path, SourceSpan where, DiagnosticBag diagnostics) =>
        Parsed(path, where, diagnostics, _workspace.Content);

    /// <summary>A content file that may be absent (the brand): absence is recorded too, so adding it later rebuilds.</summary>
    public ContentFile? OptionalContent(ProjectPath path, SourceSpan where, DiagnosticBag diagnostics) =>
        Exists(path) ? Content(path, where, diagnostics) : null;

    /// <summary>Whether a file exists, recorded as a dependency either way.</summary>
    public bool Exists(ProjectPath path)
    {
        var snapshot = _workspace.File(path);
        if (snapshot.Read.Problem == FileProblem.NotFound)
        {
            Dependencies.File(path, DependencySet.Missing);
            return false;
        }

        return true;
    }

    /// <summary>Mail-merge records from a CSV, YAML or .xlsx file (of one <paramref name="sheet"/>, or the first), each as plain values.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>>? Records(ProjectPath path, SourceSpan where, DiagnosticBag diagnostics, string? sheet = null) =>
        Parsed(path, where, diagnostics, (p, snapshot) => _workspace.Records(p, snapshot, sheet));

    /// <summary>A file read (and recorded) then parsed through the session's cache; the parse's diagnostics are replayed.</summary>
    private T? Parsed<T>(ProjectPath path, SourceSpan where, DiagnosticBag diagnostics, Func<ProjectPath, FileSnapshot, (T? Value, IReadOnlyList<Diagnostic> Diagnostics)> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Read(path, SafetyLimits.ContentFileBytes) is not { } snapshot)
        {
            diagnostics.Error("MG0605", $"file '{path}' {Problem(path, SafetyLimits.ContentFileBytes)}", where);
            return null;
        }

        var (value, found) = parse(path, snapshot);
        diagnostics.AddRange(found);
        return value;
    }

    /// <summary>An image named in markup (and so in content or a template), decoded once per session.</summary>
    public ImageSource? LoadImage(string path, SourceSpan where, DiagnosticBag diagnostics, Color? tint = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!ProjectPath.TryParse(path, out var parsed, out var problem))
        {
            diagnostics.Error("MG0701", $"image '{path}' {problem}", where);
            return null;
        }

        if (Read(parsed, SafetyLimits.ImageFileBytes) is not { } snapshot)
        {
            var read = _workspace.File(parsed, SafetyLimits.ImageFileBytes).Read;
            var (code, message) = read.Problem switch
            {
                FileProblem.NotFound => ("MG0702", "not found"),
                FileProblem.Outside => ("MG0701", "is outside the project folder; write a path relative to the project, such as templates/images/logo.svg"),
                _ => ("MG0703", read.Describe(SafetyLimits.ImageFileBytes)),
            };
            diagnostics.Error(code, $"image '{path}' {message}", where);
            return null;
        }

        var (image, decodeProblem) = _workspace.Image(parsed, snapshot, tint);
        if (image is null)
        {
            diagnostics.Error("MG0703", $"image '{path}' {decodeProblem}", where);
        }

        return image;
    }

    public string? ReadTemplate(ProjectPath path, out string problem)
    {
        if (Read(path, SafetyLimits.ContentFileBytes) is not { } snapshot)
        {
            problem = Problem(path, SafetyLimits.ContentFileBytes);
            return null;
        }

        problem = string.Empty;
        return Encoding.UTF8.GetString(snapshot.Read.Bytes!).TrimStart('\uFEFF');
    }

    /// <summary>What a template says about itself, read as a dependency of this output.</summary>
    public TemplateInfo TemplateInfo(string name) =>
        _workspace.TemplateInfos.Get(
            (name, TemplatePaths.TryResolve(name, out var path) ? ReadTemplate(path, out _) ?? string.Empty : string.Empty), 0, static (key, _) => Build.TemplateInfo.Read(key.Name, key.Text));

    /// <summary>The session of the project this reader reads, for what its outputs share.</summary>
    internal Workspace Session => _workspace;

    /// <summary>
    /// Records the fonts a laid-out document drew with, and which font files exist: a change to a face it
    /// used, or a face added or removed (which can change what a family or a fallback resolves to), makes
    /// it stale; a change to a face it never drew with does not. A file left out as no font counts as read:
    /// the document was warned of it, and a font saved in its place is a face added.
    /// </summary>
    public void RecordFonts(LaidOutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var items = document.Pages.SelectMany(p => p.Frame.Flatten()).Select(i => i.Item).ToList();
        var emoji = items.OfType<EmojiItem>().ToList();
        RecordFonts(items.OfType<GlyphRunItem>().Select(g => g.Face).Concat(emoji.Select(e => e.Face)), emoji.Count > 0);
    }

    /// <summary>Records the fonts a Word file's text is set in (it has no pages of ours to look at), as <see cref="RecordFonts(LaidOutDocument)"/> does.</summary>
    public void RecordFonts(DocxFaces faces)
    {
        ArgumentNullException.ThrowIfNull(faces);
        RecordFonts(faces.Faces, faces.Emoji);
    }

    private void RecordFonts(IEnumerable<FontFace> used, bool emoji)
    {
        Dependencies.Listing(Workspace.FontsFolder, _workspace.FontsListingHash);
        var faces = used
            .Select(f => f.Path)
            .Append(emoji ? _workspace.Fonts.Emoji?.Name : null)
            .Concat(_workspace.Fonts.Unreadable.Select(u => u.Path))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var face in faces)
        {
            if (ProjectPath.TryParse(face, out var path, out _))
            {
                var snapshot = _workspace.File(path, long.MaxValue);
                Dependencies.File(path, snapshot.Hash, snapshot.BuiltIn);
            }
        }
    }

    /// <summary>The file's snapshot, recorded as read; null when it cannot be read (then nothing was seen to depend on).</summary>
    private FileSnapshot? Read(ProjectPath path, long maxBytes)
    {
        var snapshot = _workspace.File(path, maxBytes);
        Dependencies.File(path, snapshot.Hash, snapshot.BuiltIn);
        return snapshot.Read.Succeeded ? snapshot : null;
    }

    private string Problem(ProjectPath path, long maxBytes) => _workspace.File(path, maxBytes).Read.Describe(maxBytes);
}
