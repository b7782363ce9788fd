using System.Globalization;
using System.Text;

namespace MaterialsGen.Vietnamese;

/// <summary>
/// Case changes that keep every diacritic ("đảng viên" ↔ "ĐẢNG VIÊN"). Input is composed to NFC
/// first: on decomposed text a title-cased word would start with a bare letter and a loose mark.
/// </summary>
internal static class VietnameseCase
{
    private static readonly TextInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").TextInfo;

    public static string ToUpper(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Vietnamese.ToUpper(text.Normalize(NormalizationForm.FormC));
    }

    public static string ToLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Vietnamese.ToLower(text.Normalize(NormalizationForm.FormC));
    }

    /// <summary>Uppercases the first letter of each word and lowercases the rest: "chi bộ KHU phố" → "Chi Bộ Khu Phố".</summary>
    public static string ToTitleCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(composed.Length);
        var inWord = false;
        foreach (var c in composed)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(inWord ? Vietnamese.ToLower(c) : Vietnamese.ToUpper(c));
                inWord = true;
            }
            else
            {
                result.Append(c);
                inWord = false;
            }
        }

        return result.ToString();
    }

    /// <summary>Uppercases the first letter (after any opening quote or bracket) and leaves the rest as written.</summary>
    public static string CapitalizeFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormC);
        for (var i = 0; i < composed.Length; i++)
        {
            if (char.IsLetter(composed[i]))
            {
                return string.Concat(composed.AsSpan(0, i), Vietnamese.ToUpper(composed[i]).ToString(), composed.AsSpan(i + 1));
            }
        }

        return composed;
    }
}
