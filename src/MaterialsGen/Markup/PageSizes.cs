using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Markup;

/// <summary>Named paper sizes in points, portrait.</summary>
internal static class PageSizes
{
    private const float Mm = 72f / 25.4f;

    public static IReadOnlyDictionary<string, Size> Named { get; } = new Dictionary<string, Size>(StringComparer.OrdinalIgnoreCase)
    {
        ["A3"] = new(297 * Mm, 420 * Mm),
        ["A4"] = new(210 * Mm, 297 * Mm),
        ["A5"] = new(148 * Mm, 210 * Mm),
        ["A6"] = new(105 * Mm, 148 * Mm),
        ["letter"] = new(612, 792),
    };
}
