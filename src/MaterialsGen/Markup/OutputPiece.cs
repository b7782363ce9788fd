using MaterialsGen.Diagnostics;

namespace MaterialsGen.Markup;

/// <summary>
/// One write of a template's output, from markup offset <see cref="Start"/> up to the next piece. Template
/// text is copied verbatim, so its characters map one to one onto the template (whose line table is
/// <see cref="Template"/>) from <see cref="TemplateOffset"/>. A printed value maps to the expression at
/// <see cref="Written"/>, and its characters to <see cref="Content"/> when it is a content value;
/// <see cref="Escaped"/> is the value before escaping when escaping changed it.
/// </summary>
internal readonly record struct OutputPiece(int Start, SourceSpan Expression, SourceLines? Template, int TemplateOffset, TextPositions? Content, string? Escaped)
{
    /// <summary>The template position that wrote the character <paramref name="within"/> characters into the piece.</summary>
    public SourceSpan Written(int within) => Template is null ? Expression : Template.At(TemplateOffset + within);

    /// <summary>The index in the printed value of the markup character <paramref name="within"/> characters into the piece.</summary>
    public int ValueIndex(int within)
    {
        if (Escaped is null)
        {
            return within;
        }

        var markup = 0;
        for (var i = 0; i < Escaped.Length; i++)
        {
            markup += XmlEscapes.EscapedLength(Escaped[i]);
            if (markup > within)
            {
                return i;
            }
        }

        return Math.Max(0, Escaped.Length - 1);
    }
}
