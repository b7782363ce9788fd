namespace MaterialsGen.Content;

/// <summary>How a scalar was written; kept because a quoted "null" is text but a plain one is not.</summary>
internal enum ContentScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}
