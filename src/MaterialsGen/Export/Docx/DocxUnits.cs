using System.Globalization;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// The units WordprocessingML counts in, from layout points: twips (1/20 pt) for lengths, half-points
/// for font sizes, eighths of a point for borders and EMUs (1/12 700 pt) for drawings.
/// </summary>
internal static class DocxUnits
{
    public static int Twips(float points) => (int)MathF.Round(points * 20);

    public static string TwipsText(float points) => Text(Twips(points));

    public static string HalfPoints(float points) => Text(Math.Max(2, (int)MathF.Round(points * 2)));

    /// <summary>A border width; Word draws 1/4 pt to 12 pt.</summary>
    public static uint Eighths(float points) => (uint)Math.Clamp((int)MathF.Round(points * 8), 2, 96);

    public static long Emu(float points) => (long)Math.Round(points * 12_700d);

    /// <summary><c>RRGGBB</c>; Word has no alpha, so a translucent colour is written opaque.</summary>
    public static string Hex(Color color) => string.Create(CultureInfo.InvariantCulture, $"{color.R:X2}{color.G:X2}{color.B:X2}");

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
