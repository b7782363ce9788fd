using System.Globalization;
using System.Text;

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

    /// <summary>Vietnamese counting words for "Một là", "Hai là" …; past twenty, numerals take over.</summary>
    private static readonly string[] Words =
    [
        "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười",
        "Mười một", "Mười hai", "Mười ba", "Mười bốn", "Mười lăm", "Mười sáu", "Mười bảy", "Mười tám", "Mười chín", "Hai mươi",
    ];

    public static string Marker(string type, int number, string? custom) => type switch
    {
        "bullet" => custom ?? "•",
        "number" => number.ToString(CultureInfo.InvariantCulture) + (custom ?? "."),
        "alpha" => Letters(number, upper: false) + (custom ?? ")"),
        "upper-alpha" => Letters(number, upper: true) + (custom ?? "."),
        "roman" => Roman(number) + (custom ?? "."),
        "lower-roman" => Roman(number).ToLowerInvariant() + (custom ?? "."),
        "words" => (number is >= 1 and <= 20 ? Words[number - 1] : number.ToString(CultureInfo.InvariantCulture)) + " là" + (custom ?? ","),
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

    internal static string Roman(int number)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length && number > 0; i++)
        {
            while (number >= values[i])
            {
                builder.Append(symbols[i]);
                number -= values[i];
            }
        }

        return builder.ToString();
    }
}
