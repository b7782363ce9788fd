namespace MaterialsGen.Content;

/// <summary>
/// A loaded content file as later stages see it: project-relative path, kind, id and the plain value
/// tree (NFC text) templates read. <see cref="Document"/> keeps the positioned tree for cross-file checks.
/// </summary>
internal sealed record ContentFile(string Path, string Kind, string Id, IReadOnlyDictionary<string, object?> Root)
{
    internal ContentDocument? Document { get; init; }

    internal static ContentFile? From(ContentDocument? document, string fallbackId) =>
        document?.Root is ContentMap root
            ? new ContentFile(document.Path, document.Kind, document.Id ?? fallbackId, root.ToPlainDictionary()) { Document = document }
            : null;
}
