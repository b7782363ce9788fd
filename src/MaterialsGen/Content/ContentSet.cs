using MaterialsGen.Content.Schema;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>
/// The content documents of a project, by id. Cross-file checks live here because a single file
/// cannot know whether <c>list: 4-tich-cuc</c> names a real list.
/// </summary>
internal sealed class ContentSet
{
    private readonly Dictionary<string, ContentDocument> _byId;

    private ContentSet(IReadOnlyList<ContentDocument> documents, Dictionary<string, ContentDocument> byId)
    {
        Documents = documents;
        _byId = byId;
    }

    public IReadOnlyList<ContentDocument> Documents { get; }

    public ContentDocument? this[string id] => _byId.TryGetValue(id, out var document) ? document : null;

    /// <summary>Indexes documents by id, reporting repeated ids and references that lead nowhere.</summary>
    public static ContentSet Create(IEnumerable<ContentDocument> documents, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var all = documents.ToList();
        var byId = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        foreach (var document in all)
        {
            if (document.Id is not { } id)
            {
                continue;
            }

            if (!byId.TryAdd(id, document))
            {
                var span = ((ContentMap)document.Root)["id"]!.Span;
                diagnostics.Error(ContentCodes.DuplicateDocumentId, $"id '{id}' is already used by {byId[id].Path}", span);
            }
        }

        var set = new ContentSet(all, byId);
        foreach (var document in all)
        {
            if (ContentSchema.Kinds.TryGetValue(document.Kind, out var schema))
            {
                set.CheckReferences(document.Root, schema, diagnostics);
            }
        }

        return set;
    }

    private void CheckReferences(ContentNode node, SchemaNode schema, DiagnosticBag diagnostics)
    {
        switch (schema, node)
        {
            case (TextSchema { Format: TextFormat.Reference } text, ContentScalar { IsNull: false } scalar):
                CheckReference(scalar, text.ReferencedKind!, diagnostics);
                break;
            case (ListSchema list, ContentList items):
                foreach (var item in items.Items)
                {
                    CheckReferences(item, list.Item, diagnostics);
                }

                break;
            case (MapSchema map, ContentMap fields):
                foreach (var entry in fields.Entries)
                {
                    if (map.Find(entry.Key.Value) is { } field)
                    {
                        CheckReferences(entry.Value, field.Type, diagnostics);
                    }
                }

                break;
            default:
                break;
        }
    }

    private void CheckReference(ContentScalar reference, string kind, DiagnosticBag diagnostics)
    {
        var target = this[reference.Value];
        if (target is null)
        {
            var candidates = _byId.Values.Where(d => d.Kind == kind).Select(d => d.Id!);
            diagnostics.Error(ContentCodes.UnresolvedReference, $"no {kind} has the id '{reference.Value}'{NearestName.Suggest(reference.Value, candidates)}", reference.Span);
        }
        else if (target.Kind != kind)
        {
            diagnostics.Error(ContentCodes.UnresolvedReference, $"'{reference.Value}' is a {target.Kind} ({target.Path}), not a {kind}", reference.Span);
        }
    }
}
