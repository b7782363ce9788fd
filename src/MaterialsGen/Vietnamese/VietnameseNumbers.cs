using System.Globalization;

namespace MaterialsGen.Vietnamese;

/// <summary>Numbers as Vietnamese documents print them: "1.234.567,5", and in words.</summary>
internal static class VietnameseNumbers
{
    // Written out rather than taken from the vi-VN culture so output does not change with the ICU version.
    private static readonly NumberFormatInfo Format = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
        NumberGroupSizes = [3],
    };

    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    // Each group of three digits; past "tỷ" the names repeat, as in "nghìn tỷ".
    private static readonly string[] Scales = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ"];

    /// <summary>"1234567" → "1.234.567".</summary>
    public static string FormatNumber(long value) => value.ToString("#,0", Format);

    /// <summary>Fixed decimals: (1234.5m, 2) → "1.234,50".</summary>
    public static string FormatNumber(decimal value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Format);
    }

    /// <summary>Only the decimals the value has: 1234.5m → "1.234,5", 3m → "3".</summary>
    public static string FormatNumber(decimal value) => value.ToString("#,0.############################", Format);

    /// <summary>Cardinal words: 21 → "hai mươi mốt", 105 → "một trăm linh năm", 2024 → "hai nghìn không trăm hai mươi tư".</summary>
    public static string ToWords(long value)
    {
        if (value == 0)
        {
            return Digits[0];
        }

        // Negate as ulong so long.MinValue has a positive counterpart.
        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        var groups = new List<int>();
        while (magnitude > 0)
        {
            groups.Add((int)(magnitude % 1000));
            magnitude /= 1000;
        }

        var words = new List<string>();
        for (var scale = groups.Count - 1; scale >= 0; scale--)
        {
            var group = groups[scale];
            if (group == 0)
            {
                continue;
            }

            // Once a higher group has been said, a small group is read in full: "nghìn không trăm linh năm".
            words.Add(Hundreds(group, full: scale < groups.Count - 1));
            if (Scales[scale].Length > 0)
            {
                words.Add(Scales[scale]);
            }
        }

        var text = string.Join(' ', words);
        return value < 0 ? "âm " + text : text;
    }

    private static string Hundreds(int group, bool full)
    {
        var hundreds = group / 100;
        var tens = group / 10 % 10;
        var units = group % 10;
        var words = new List<string>(4);
        var saidHundreds = hundreds > 0 || full;
        if (saidHundreds)
        {
            words.Add(Digits[hundreds] + " trăm");
        }

        if (tens == 0)
        {
            if (units > 0 && saidHundreds)
            {
                words.Add("linh");
            }
        }
        else
        {
            words.Add(tens == 1 ? "mười" : Digits[tens] + " mươi");
        }

        if (units > 0)
        {
            words.Add(UnitWord(units, tens));
        }

        return string.Join(' ', words);
    }

    // The units digit changes its word after "mươi"/"mười": hai mươi mốt, hai mươi tư, mười lăm.
    private static string UnitWord(int units, int tens) => units switch
    {
        1 when tens >= 2 => "mốt",
        4 when tens >= 2 => "tư",
        5 when tens >= 1 => "lăm",
        _ => Digits[units],
    };
}
