using System.Collections.Immutable;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Markup;

/// <summary>A node of the parsed layout markup, with where it stands (already mapped back to the template).</summary>
internal abstract record MarkupNode(SourceSpan Span);

/// <summary>Character data between tags.</summary>
internal sealed record MarkupText(string Text, SourceSpan Span) : MarkupNode(Span);

/// <summary>An attribute with its own position, so a bad value is reported where it is written.</summary>
internal sealed record MarkupAttribute(string Name, string Value, SourceSpan Span);

/// <summary>An element: name, attributes in document order, children.</summary>
internal sealed record MarkupElement(string Name, ImmutableArray<MarkupAttribute> Attributes, ImmutableArray<MarkupNode> Children, SourceSpan Span) : MarkupNode(Span)
{
    public MarkupAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}
