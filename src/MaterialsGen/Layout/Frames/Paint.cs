using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Frames;

/// <summary>A fill: a solid colour, or a linear gradient across the filled rectangle.</summary>
internal sealed record Paint(Color Color, Color? GradientTo = null, float GradientAngle = 90)
{
    public static Paint Solid(Color color) => new(color);
}
