using System.Collections.Immutable;

namespace MaterialsGen.Layout.Paging;

/// <summary>What the markup stage hands to layout: metadata and sections of pages.</summary>
internal sealed record LayoutDocument(DocumentInfo Info, ImmutableArray<PageSection> Sections);
