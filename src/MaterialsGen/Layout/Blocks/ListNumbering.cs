namespace MaterialsGen.Layout.Blocks;

/// <summary>How a list counts, kept beside its ready-made markers so an editable format can number it itself.</summary>
internal enum ListNumberKind
{
    Bullet,
    Decimal,
    LowerLetter,
    UpperLetter,
    UpperRoman,
    LowerRoman,

    /// <summary>“Một là,”, “Hai là,” …: Vietnamese ordinal words.</summary>
    Words,
    None,
}

/// <summary>A list's numbering: its kind, first number, and the bullet or the suffix after the number when the markup sets one.</summary>
internal sealed record ListNumbering(ListNumberKind Kind, int Start, string? Marker)
{
    public static ListNumbering Bullets { get; } = new(ListNumberKind.Bullet, 1, null);
}
