using System.Globalization;
using MaterialsGen.Content;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;
using MaterialsGen.Project;
using MaterialsGen.Templating;

namespace MaterialsGen.Build;

/// <summary>
/// Runs the pure stages for one output: content → template → markup → layout. The result is the
/// format-neutral laid-out document every writer reads. Every file the stages need is read through one
/// <see cref="ProjectReader"/>, which records it in <paramref name="dependencies"/>.
/// </summary>
internal static class DocumentComposer
{
    private static readonly ProjectPath BrandPath = ProjectPath.Parse("data/brand.yaml");

    public static LaidOutDocument? Compose(Workspace workspace, OutputJob job, DiagnosticBag diagnostics, DependencySet? dependencies = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var reader = workspace.Reader(dependencies);
        var globals = Globals(reader, job, diagnostics);
        if (globals is null || diagnostics.HasErrors)
        {
            return null;
        }

        var determinism = new TemplateDeterminism(job.Timestamp, TemplateDeterminism.SeedOf(job.RelativePath));
        var output = workspace.Templates.Render(job.Entry.Template, globals, diagnostics, reader, determinism);
        if (output is null)
        {
            return null;
        }

        var root = MarkupParser.Parse(output.Markup, output.Map, diagnostics);
        if (root is null || MarkupBinder.Bind(root, diagnostics, reader) is not { } document)
        {
            return null;
        }

        var laid = Paginator.Paginate(document, workspace.Fonts, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Only a build keeps what an output read; check and render pass no set and skip the walk over every glyph run.
        if (dependencies is not null)
        {
            reader.RecordFonts(laid);
        }

        return job.Entry.Impose == "booklet" ? Imposition.Booklet(laid) : laid;
    }

    /// <summary>The variables a template sees: docs (by id), content (the first of each kind), doc (the first), brand, record, output.</summary>
    public static Dictionary<string, object?>? Globals(ProjectReader reader, OutputJob job, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(job);
        var docs = new Dictionary<string, object?>(StringComparer.Ordinal);
        var byKind = new Dictionary<string, object?>(StringComparer.Ordinal);
        var documents = new List<ContentDocument>();
        var files = new List<ContentFile>();
        IReadOnlyDictionary<string, object?>? first = null;
        foreach (var path in job.Entry.Data)
        {
            if (reader.Content(path, job.Entry.Span, diagnostics) is { } file)
            {
                docs[file.Id] = file.Root;
                byKind.TryAdd(file.Kind, file.Root);
                first ??= file.Root;
                files.Add(file);
                documents.AddRange(file.Document is { } d ? [d] : []);
            }
        }

        // Cross-file checks (a solution naming a list that exists) when the files come together.
        ContentSet.Create(documents, diagnostics);

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var info = reader.TemplateInfo(job.Entry.Template);
        if (!TemplateContract.Check(info, files, job.Entry.Span, diagnostics))
        {
            return null;
        }

        var brand = reader.OptionalContent(BrandPath, job.Entry.Span, diagnostics)?.Root;
        if (!SizePresets.TryParse(job.Size ?? info.Size, out var size))
        {
            size = SizePresets.Named["a4"];
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["docs"] = docs,
            ["content"] = byKind,
            ["doc"] = first ?? new Dictionary<string, object?>(),
            ["brand"] = brand ?? new Dictionary<string, object?>(),
            ["record"] = job.TemplateRecord,
            ["output"] = new Dictionary<string, object?>
            {
                ["name"] = job.Name,
                ["format"] = job.Format.ToString().ToLowerInvariant(),
                ["size"] = job.Size ?? info.Size,
                ["width"] = size.Width.ToString(CultureInfo.InvariantCulture),
                ["height"] = size.Height.ToString(CultureInfo.InvariantCulture),
            },
        };
    }
}
