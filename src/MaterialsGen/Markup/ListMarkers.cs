using System.Globalization;
using System.Text;
using MaterialsGen.Vietnamese;

namespace MaterialsGen.Markup;

/// <summary>The marker text of the n-th item for each list type.</summary>
internal static class ListMarkers
{
    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>
    {
        ["bullet"] = "•",
        ["number"] = "1.",
        ["alpha"] = "a)",
        ["upper-alpha"] = "A.",
        ["roman"] = "I.",
        ["lower-roman"] = "i.",
        ["words"] = "Một là,",
        ["none"] = string.Empty,
    };

    public static string Marker(string type, int number, string? custom) => type switch
    {
        "bullet" => custom ?? "•",
        "number" => number.ToString(CultureInfo.InvariantCulture) + (custom ?? "."),
        "alpha" => Letters(number, upper: false) + (custom ?? ")"),
        "upper-alpha" => Letters(number, upper: true) + (custom ?? "."),
        "roman" => Roman(number) + (custom ?? "."),
        "lower-roman" => Roman(number).ToLowerInvariant() + (custom ?? "."),
        "words" => (number >= 1 ? VietnameseOrdinals.Enumeration(number) : number.ToString(CultureInfo.InvariantCulture)) + (custom ?? ","),
        _ => custom ?? string.Empty,
    };

    private static string Letters(int number, bool upper)
    {
        var builder = new StringBuilder();
        while (number > 0)
        {
            number--;
            builder.Insert(0, (char)((upper ? 'A' : 'a') + (number % 26)));
            number /= 26;
        }

        return builder.ToString();
    }

    private static string Roman(int number) =>
        number is >= 1 and <= 3999 ? RomanNumerals.ToRoman(number) : number.ToString(CultureInfo.InvariantCulture);
}
