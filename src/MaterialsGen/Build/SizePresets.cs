using System.Globalization;
using MaterialsGen.Markup;

namespace MaterialsGen.Build;

/// <summary>Named output sizes: paper in points, social images and slides in pixels.</summary>
internal static class SizePresets
{
    public static IReadOnlyDictionary<string, (float Width, float Height)> Named { get; } = new Dictionary<string, (float, float)>(StringComparer.OrdinalIgnoreCase)
    {
        ["a3"] = (PageSizes.Named["A3"].Width, PageSizes.Named["A3"].Height),
        ["a4"] = (PageSizes.Named["A4"].Width, PageSizes.Named["A4"].Height),
        ["a5"] = (PageSizes.Named["A5"].Width, PageSizes.Named["A5"].Height),
        ["a6"] = (PageSizes.Named["A6"].Width, PageSizes.Named["A6"].Height),
        ["portrait"] = (1080, 1350),
        ["square"] = (1080, 1080),
        ["link"] = (1200, 630),
        ["slide"] = (1920, 1080),
    };

    /// <summary>Whether the name is a paper size (points), rather than an image or slide size (pixels).</summary>
    public static bool IsPaper(string name) => PageSizes.Named.ContainsKey(name.Trim());

    /// <summary>A preset name or "WxH" in pixels/points.</summary>
    public static bool TryParse(string text, out (float Width, float Height) size)
    {
        if (Named.TryGetValue(text.Trim(), out size))
        {
            return true;
        }

        var parts = text.Trim().Split('x', 'X', '×');
        if (parts.Length == 2
            && float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
            && w is >= 1 and <= 20_000 && h is >= 1 and <= 20_000)
        {
            size = (w, h);
            return true;
        }

        size = default;
        return false;
    }
}
