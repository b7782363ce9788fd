using MaterialsGen.Diagnostics;

namespace MaterialsGen.Markup;

/// <summary>
/// One write of a template's output, from markup offset <see cref="Start"/> up to the next piece. Template
/// text is copied verbatim, so its characters map one to one onto <see cref="Template"/> from
/// <see cref="TemplateOffset"/> (whose position is <see cref="Line"/>:<see cref="Column"/>). A printed value
/// maps to the expression at <see cref="Line"/>:<see cref="Column"/>, and its characters to
/// <see cref="Content"/> when it is a content value; <see cref="Escaped"/> is the value before escaping
/// when escaping changed it.
/// </summary>
internal readonly record struct OutputPiece(
    int Start, string File, int Line, int Column, string? Template, int TemplateOffset, TextPositions? Content, string? Escaped)
{
    /// <summary>The template position that wrote the character <paramref name="within"/> characters into the piece.</summary>
    public SourceSpan Written(int within)
    {
        if (Template is null)
        {
            return new SourceSpan(File, Line, Column);
        }

        int line = Line, column = Column;
        var end = Math.Min(Template.Length, TemplateOffset + within);
        for (var i = TemplateOffset; i < end; i++)
        {
            if (Template[i] == '\n' || (Template[i] == '\r' && (i + 1 >= Template.Length || Template[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (Template[i] != '\r')
            {
                column++;
            }
        }

        return new SourceSpan(File, line, column);
    }

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
