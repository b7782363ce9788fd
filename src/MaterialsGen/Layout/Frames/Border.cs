using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Frames;

/// <summary>Border widths per side and one colour; zero widths mean no border.</summary>
internal readonly record struct Border(Spacing Width, Color Color)
{
    public static Border None { get; } = new(Spacing.Zero, Color.Transparent);

    public bool IsNone => Width.Top <= 0 && Width.Right <= 0 && Width.Bottom <= 0 && Width.Left <= 0;

    public bool IsUniform => Width.Top == Width.Right && Width.Right == Width.Bottom && Width.Bottom == Width.Left;
}
