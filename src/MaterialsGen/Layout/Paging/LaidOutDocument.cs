using System.Collections.Immutable;

namespace MaterialsGen.Layout.Paging;

/// <summary>The format-neutral layout result that every writer reads.</summary>
internal sealed record LaidOutDocument(DocumentInfo Info, ImmutableArray<PageFrame> Pages);
