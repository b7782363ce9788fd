using System.Text;

namespace MaterialsGen.Vietnamese;

/// <summary>Roman numerals for part headings ("Phần II", "Đại hội XIII").</summary>
internal static class RomanNumerals
{
    private static readonly (int Value, string Numeral)[] Steps =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>1..3999 in uppercase Roman numerals: 13 → "XIII".</summary>
    public static string ToRoman(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 3999);
        var result = new StringBuilder();
        foreach (var (step, numeral) in Steps)
        {
            while (value >= step)
            {
                result.Append(numeral);
                value -= step;
            }
        }

        return result.ToString();
    }
}
