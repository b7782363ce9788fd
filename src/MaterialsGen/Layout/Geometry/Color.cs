using System.Globalization;

namespace MaterialsGen.Layout.Geometry;

/// <summary>An sRGB colour with alpha; kept free of Skia so layout results stay format-neutral.</summary>
internal readonly record struct Color(byte R, byte G, byte B, byte A = 255)
{
    public static Color Black { get; } = new(0, 0, 0);

    public static Color White { get; } = new(255, 255, 255);

    public static Color Transparent { get; } = new(0, 0, 0, 0);

    public override string ToString() =>
        A == 255
            ? string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}")
            : string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}{A:X2}");
}
