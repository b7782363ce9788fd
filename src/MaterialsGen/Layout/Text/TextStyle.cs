using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Text;

/// <summary>How a span of text looks. Immutable, so one instance is shared by every span that inherits it.</summary>
internal sealed record TextStyle(
    string Family,
    int Weight,
    bool Italic,
    float Size,
    Color Color,
    bool Underline = false,
    bool Strike = false,
    float LetterSpacing = 0,
    string? Link = null)
{
    public static TextStyle Default { get; } = new("Be Vietnam Pro", 400, false, 11, Color.Black);
}
