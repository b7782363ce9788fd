namespace MaterialsGen.Layout.Geometry;

/// <summary>A width and height in layout units (points: 1/72 inch; one pixel at 72 dpi).</summary>
internal readonly record struct Size(float Width, float Height)
{
    public static Size Zero { get; } = new(0, 0);
}
