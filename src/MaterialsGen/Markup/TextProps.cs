using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Markup;

/// <summary>Text settings as they cascade down the markup tree, like inherited CSS properties.</summary>
internal sealed record TextProps(
    string Family,
    float Size,
    int Weight,
    bool Italic,
    Color Color,
    float LineHeight,
    TextAlign Align,
    float Indent,
    float LetterSpacing,
    bool Uppercase,
    bool Underline,
    bool Strike)
{
    /// <summary>The <c>linebreaks</c> attribute: how paragraphs choose their breaks.</summary>
    public LineBreaks LineBreaks { get; init; }

    public static TextProps Default { get; } = new("Be Vietnam Pro", 11, 400, false, Color.Black, 1.35f, TextAlign.Left, 0, 0, false, false, false);

    public TextStyle ToStyle(string? link = null) => new(Family, Weight, Italic, Size, Color, Underline, Strike, LetterSpacing, link);
}
