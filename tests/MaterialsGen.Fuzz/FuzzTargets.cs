using MaterialsGen.Build;
using MaterialsGen.Content;
using MaterialsGen.Content.Records;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Images;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;
using MaterialsGen.Rendering.Pdf;

namespace MaterialsGen.Fuzz;

/// <summary>
/// What the fuzzer feeds bytes to: each target runs one reader of untrusted input as far as the
/// pipeline takes it and returns the diagnostics. Bad input must end as diagnostics; an exception that
/// escapes (or a crash, or a hang) is a bug, and afl-fuzz records its input.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>The targets by name, as <c>materialsgen-fuzz NAME</c> and the corpus folders call them.</summary>
    public static IReadOnlyDictionary<string, Func<byte[], IReadOnlyList<Diagnostic>>> All(FontLibrary fonts) =>
        new Dictionary<string, Func<byte[], IReadOnlyList<Diagnostic>>>(StringComparer.Ordinal)
        {
            ["yaml"] = Yaml,
            ["csv"] = Csv,
            ["markup"] = bytes => Markup(bytes, fonts),
            ["svg"] = Svg,
        };

    /// <summary>A content file, the same bytes as YAML records, and as a manifest.</summary>
    public static IReadOnlyList<Diagnostic> Yaml(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load("fuzz.yaml", bytes, diagnostics);
        RecordReader.Read("fuzz.records.yaml", bytes, diagnostics);
        ManifestReader.Read(System.Text.Encoding.UTF8.GetString(bytes), "materials.yaml", diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Mail-merge records from CSV.</summary>
    public static IReadOnlyList<Diagnostic> Csv(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        RecordReader.Read("fuzz.csv", bytes, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>Layout markup parsed, bound and laid out with the project's fonts.</summary>
    public static IReadOnlyList<Diagnostic> Markup(byte[] bytes, FontLibrary fonts)
    {
        var diagnostics = new DiagnosticBag();
        var root = MarkupParser.Parse(System.Text.Encoding.UTF8.GetString(bytes), SourceMap.Identity("fuzz.xml"), diagnostics);
        if (root is not null && MarkupBinder.Bind(root, diagnostics) is { } document)
        {
            Paginator.Paginate(document, fonts, diagnostics);
        }

        return diagnostics.Items;
    }

    /// <summary>An SVG through the safety policy and Svg.Skia, then turned into PDF drawing operators.</summary>
    public static IReadOnlyList<Diagnostic> Svg(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        using var image = ImageDecoder.Decode(bytes, "fuzz.svg", out var problem);
        if (image?.VectorModel is { } model)
        {
            PdfVectorForm.TryConvert(model);
        }

        if (problem is not null)
        {
            diagnostics.Error("MG0703", $"image 'fuzz.svg' {problem}", SourceSpan.FileOnly("fuzz.svg"));
        }

        return diagnostics.Items;
    }
}
