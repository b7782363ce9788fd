using System.Globalization;
using MaterialsGen.Content;
using MaterialsGen.Diagnostics;
using MaterialsGen.Export.Docx;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;

namespace MaterialsGen.Build;

/// <summary>
/// Runs the pure stages for one output: content → template → markup → layout. The result is the
/// format-neutral laid-out document every writer reads.
/// </summary>
public static class DocumentComposer
{
    public static LaidOutDocument? Compose(Workspace workspace, OutputJob job, DiagnosticBag diagnostics)
    {
        var globals = Globals(workspace, job, diagnostics);
        if (globals is null || diagnostics.HasErrors)
        {
            return null;
        }

        var output = workspace.Templates.Render(job.Entry.Template, globals, diagnostics);
        if (output is null)
        {
            return null;
        }

        var root = MarkupParser.Parse(output.Markup, output.Map, diagnostics);
        if (root is null || MarkupBinder.Bind(root, diagnostics, workspace) is not { } document)
        {
            return null;
        }

        if (job.Format == OutputFormat.Docx)
        {
            DocxSupport.Check(document, diagnostics);
        }

        var laid = Paginator.Paginate(document, workspace.Fonts, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        return job.Entry.Impose == "booklet" ? Imposition.Booklet(laid) : laid;
    }

    /// <summary>The variables a template sees: docs (by id), doc (the first), brand, record, output.</summary>
    public static Dictionary<string, object?>? Globals(Workspace workspace, OutputJob job, DiagnosticBag diagnostics)
    {
        var docs = new Dictionary<string, object?>(StringComparer.Ordinal);
        var documents = new List<ContentDocument>();
        IReadOnlyDictionary<string, object?>? first = null;
        foreach (var path in job.Entry.Data)
        {
            if (workspace.Content(path, job.Entry.Span, diagnostics) is { } file)
            {
                docs[file.Id] = file.Root;
                first ??= file.Root;
                documents.AddRange(file.Document is { } d ? [d] : []);
            }
        }

        // Cross-file checks (a solution naming a list that exists) when the files come together.
        ContentSet.Create(documents, diagnostics);

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var brand = File.Exists(Path.Combine(workspace.Root, "data", "brand.yaml"))
            ? workspace.Content("data/brand.yaml", job.Entry.Span, diagnostics)?.Root
            : null;
        var info = workspace.TemplateInfo(job.Entry.Template);
        if (!SizePresets.TryParse(job.Size ?? info.Size, out var size))
        {
            size = SizePresets.Named["a4"];
        }
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["docs"] = docs,
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
