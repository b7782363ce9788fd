namespace MaterialsGen.Layout.Blocks;

internal enum ColumnWidthKind
{
    /// <summary>A length in points.</summary>
    Fixed,

    /// <summary>A share of the room left after fixed and auto columns (<c>2*</c>).</summary>
    Fraction,

    /// <summary>As wide as the content wants, within the room there is.</summary>
    Auto,
}

/// <summary>How wide a row's column is.</summary>
internal readonly record struct ColumnWidth(ColumnWidthKind Kind, float Value)
{
    public static ColumnWidth Star { get; } = new(ColumnWidthKind.Fraction, 1);
}
