using System.Globalization;
using MaterialsGen.Content;
using MaterialsGen.Diagnostics;
using MaterialsGen.Export.Docx;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Project;
using MaterialsGen.Templating;

namespace MaterialsGen.Build;

/// <summary>
/// Runs the pure stages for one output: content → template → markup → layout. The result is the
/// format-neutral laid-out document every writer reads; a Word file stops before layout (its bound
/// document is what it is written from). Every file the stages need is read through one
/// <see cref="ProjectReader"/>, which records it in <paramref name="dependencies"/>.
/// </summary>
internal static class DocumentComposer
{
    private static readonly ProjectPath BrandPath = ProjectPath.Parse("data/brand.yaml");

    /// <param name="drawn">
    /// The caller draws the pages (the preview): a Word file is then laid out like a PDF. Otherwise a Word
    /// file, which the word processor lays out itself, gets no pages: only its bound document and metadata.
    /// </param>
    public static LaidOutDocument? Compose(Workspace workspace, OutputJob job, DiagnosticBag diagnostics, DependencySet? dependencies = null, bool drawn = false)
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

        var fonts = workspace.Fonts;
        foreach (var unreadable in fonts.Unreadable)
        {
            diagnostics.Add(unreadable.Warning());
        }

        MissingFamilies.Report(document, fonts, diagnostics);

        if (job.Format == OutputFormat.Docx)
        {
            DocxSupport.Check(document, fonts, diagnostics);
            if (!drawn)
            {
                return Unpaged(document, workspace, diagnostics, dependencies is null ? null : reader);
            }
        }

        var laid = Paginator.Paginate(document, fonts, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Only a build keeps what an output read; check and render pass no set and skip the walk over every glyph run.
        if (dependencies is not null)
        {
            reader.RecordFonts(laid);
        }

        var entry = job.Entry;
        if (entry.PdfStandards.HasFlag(PdfStandards.Ua1) && string.IsNullOrWhiteSpace(laid.Info.Title) && job.Format == OutputFormat.Pdf)
        {
            diagnostics.Error("MG0822", "PDF/UA-1 needs a document title for the window to show: give <document> a title", entry.Span);
            return null;
        }

        return entry.Impose switch
        {
            "booklet" => Imposition.Booklet(laid),
            "4-up" => Imposition.FourUp(laid, PageSizes.Named["A4"]),
            _ when job.Format == OutputFormat.Pdf && (entry.Bleed > 0 || entry.CropMarks) => PrintMarks.Bleed(laid, entry.Bleed, entry.CropMarks),
            _ => laid,
        };
    }

    /// <summary>
    /// A Word file's document: no pages, the bound document it is written from. Its text is still set in
    /// the project's fonts, looked up as layout would (a glyph no font has is the same error), and the
    /// faces found are what it depends on.
    /// </summary>
    private static LaidOutDocument? Unpaged(LayoutDocument document, Workspace workspace, DiagnosticBag diagnostics, ProjectReader? reader)
    {
        var faces = DocxFaces.Of(document, workspace.Fonts, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        reader?.RecordFonts(faces);
        return new LaidOutDocument(document.Info, []) { Origins = document.Origins, Bound = document };
    }

    /// <summary>
    /// How the output's PDF is written: the standards its manifest entry asks for, and the CMYK print
    /// values brand.yaml gives its colours (<c>cmyk: { primary: "0 80 75 30" }</c>).
    /// </summary>
    public static PdfOptions PdfOptionsFor(Workspace workspace, OutputJob job, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var options = new PdfOptions { Standards = job.Entry.PdfStandards, Cache = workspace.PdfCache };
        if (job.Format != OutputFormat.Pdf
            || workspace.Reader().OptionalContent(BrandPath, job.Entry.Span, diagnostics)?.Document?.Root is not ContentMap brand
            || brand["cmyk"] is not ContentMap cmyk || brand["colors"] is not ContentMap colors)
        {
            return options;
        }

        var inks = new Dictionary<Layout.Geometry.Color, CmykColor>();
        foreach (var entry in cmyk.Entries)
        {
            var parts = (entry.Value as ContentScalar)?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            var percent = parts.Select(p => float.TryParse(p.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 100 ? v / 100 : float.NaN).ToArray();
            if (percent.Length != 4 || percent.Any(float.IsNaN))
            {
                diagnostics.Error("MG0823", $"cmyk {entry.Key.Value} must be four percentages from 0 to 100, cyan magenta yellow black, such as \"0 80 75 30\"", entry.Value.Span);
                continue;
            }

            if ((colors[entry.Key.Value] as ContentScalar)?.Value is { } hex && Markup.ValueParser.TryColor(hex, out var color))
            {
                inks[color] = new CmykColor(percent[0], percent[1], percent[2], percent[3]);
            }
        }

        return options with { Cmyk = inks };
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

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var info = reader.TemplateInfo(job.Entry.Template);
        var checks = reader.Session.Checks.Get(new EntryChecks.Key(info, job.Entry.Span, [.. files]), documents, static (key, documents) => EntryChecks.Run(key, documents));
        diagnostics.AddRange(checks.Diagnostics);
        if (!checks.Passed)
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
