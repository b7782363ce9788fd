using MaterialsGen.Content.Hygiene;
using MaterialsGen.Content.Schema;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>
/// Loads one content file: decode, character checks, YAML, schema of its kind. Takes the file's
/// bytes rather than a path on disk because only the workspace reads project files.
/// </summary>
internal static class ContentLoader
{
    /// <summary>
    /// Loads a content document, adding every problem found to <paramref name="diagnostics"/> in
    /// file order. Returns null only when the file cannot be parsed at all; a document with
    /// schema errors is still returned so callers can report further, but must not be built.
    /// </summary>
    public static ContentDocument? Load(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var text = Utf8TextDecoder.Decode(path, bytes, local);
        var document = text is null ? null : Parse(path, text, local);
        diagnostics.AddRange(InFileOrder(local.Items));
        return document;
    }

    /// <summary>Loads a content document from text already decoded.</summary>
    public static ContentDocument? Load(string path, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var document = Parse(path, text.TrimStart('\uFEFF'), local);
        diagnostics.AddRange(InFileOrder(local.Items));
        return document;
    }

    /// <summary>Sorts by position, keeping the order of diagnostics found at the same place.</summary>
    internal static IEnumerable<Diagnostic> InFileOrder(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column);

    private static ContentDocument? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        TextHygiene.CheckCharacters(path, text, diagnostics);
        var root = YamlContentReader.Read(text, path, diagnostics);
        if (root is null)
        {
            return null;
        }

        TextHygiene.CheckLegacyEncoding(root, diagnostics);
        var kind = ContentValidator.ValidateDocument(root, diagnostics);
        return new ContentDocument(path, root, kind ?? string.Empty);
    }
}
