namespace MaterialsGen.Layout.Geometry;

/// <summary>An axis-aligned rectangle in layout units.</summary>
internal readonly record struct Rect(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Y + Height;

    public bool Contains(Rect other, float tolerance = 0.01f) =>
        other.X >= X - tolerance && other.Y >= Y - tolerance &&
        other.Right <= Right + tolerance && other.Bottom <= Bottom + tolerance;

    public Rect Offset(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}
