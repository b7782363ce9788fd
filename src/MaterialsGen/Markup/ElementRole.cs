namespace MaterialsGen.Markup;

/// <summary>Where an element may stand: what decides nesting errors and implicit paragraphs.</summary>
internal enum ElementRole
{
    Root,
    Section,
    Region,
    Block,
    Inline,
    Part,
}
