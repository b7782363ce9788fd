namespace MaterialsGen.Layout.Geometry;

/// <summary>Four side lengths (padding, margins), in CSS order when parsed from one to four values.</summary>
internal readonly record struct Spacing(float Top, float Right, float Bottom, float Left)
{
    public static Spacing Zero { get; } = new(0, 0, 0, 0);

    public static Spacing All(float value) => new(value, value, value, value);

    public float Horizontal => Left + Right;

    public float Vertical => Top + Bottom;
}
