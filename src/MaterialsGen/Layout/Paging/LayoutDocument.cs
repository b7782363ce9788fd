using System.Collections.Immutable;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Paging;

/// <summary>What the markup stage hands to layout: metadata and sections of pages, and how to locate their markup offsets.</summary>
internal sealed record LayoutDocument(DocumentInfo Info, ImmutableArray<PageSection> Sections)
{
    /// <summary>Turns the markup offsets that spans and blocks carry into file positions; null for documents built in code.</summary>
    public IOriginMap? Origins { get; init; }

    /// <summary>The names a Word file gives font families instead of their own (<c>docx-fonts</c>); empty keeps every family's name.</summary>
    public ImmutableArray<EditableFontName> EditableFontNames { get; init; } = [];

    /// <summary>Each font family the markup names (the default one too), where it is first named: a family fonts/ lacks is reported there.</summary>
    public IReadOnlyDictionary<string, NamedFamily> Families { get; init; } = new Dictionary<string, NamedFamily>();
}
