namespace MaterialsGen.Layout.Geometry;

/// <summary>A position in layout units, y growing downwards like Skia's canvas.</summary>
internal readonly record struct Point(float X, float Y)
{
    public static Point Zero { get; } = new(0, 0);

    public Point Offset(float dx, float dy) => new(X + dx, Y + dy);
}
