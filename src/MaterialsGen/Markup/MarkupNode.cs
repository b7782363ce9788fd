using System.Collections.Immutable;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Markup;

/// <summary>
/// A node of the parsed layout markup, with where it stands: <see cref="Span"/> is already mapped back to
/// the template line that wrote it, <see cref="Offset"/> is its markup offset for the document's
/// <see cref="SourceMap"/> (−1 for nodes made in code).
/// </summary>
internal abstract record MarkupNode(SourceSpan Span)
{
    public int Offset { get; init; } = -1;
}

/// <summary>Character data between tags; <see cref="Offsets"/> locates each of its characters in the markup.</summary>
internal sealed record MarkupText(string Text, SourceSpan Span) : MarkupNode(Span)
{
    public MarkupOffsets Offsets { get; init; } = MarkupOffsets.None;
}

/// <summary>An attribute with its own position, so a bad value is reported where it is written.</summary>
internal sealed record MarkupAttribute(string Name, string Value, SourceSpan Span)
{
    /// <summary>Where each character of <see cref="Value"/> stands in the markup.</summary>
    public MarkupOffsets ValueOffsets { get; init; } = MarkupOffsets.None;
}

/// <summary>An element: name, attributes in document order, children.</summary>
internal sealed record MarkupElement(string Name, ImmutableArray<MarkupAttribute> Attributes, ImmutableArray<MarkupNode> Children, SourceSpan Span) : MarkupNode(Span)
{
    /// <summary>The source map of the markup this element was parsed from (set on the root).</summary>
    public SourceMap? Sources { get; init; }

    public MarkupAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}
