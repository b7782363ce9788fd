using System.Globalization;

namespace MaterialsGen.Vietnamese;

/// <summary>
/// Dates as Decree 30/2020/NĐ-CP prescribes for administrative documents: "ngày 05 tháng 01 năm 2024".
/// Days below 10 and months 1 and 2 take a leading zero, so a hand-added digit cannot turn
/// "tháng 1" into "tháng 11"; months 3 to 9 do not.
/// </summary>
internal static class VietnameseDates
{
    private static readonly string[] WeekdayNames = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    /// <summary>"ngày 05 tháng 01 năm 2024".</summary>
    public static string Decree30(DateOnly date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {year}";
    }

    /// <summary>The place-and-date line: "Đồng Xoài, ngày 05 tháng 01 năm 2024".</summary>
    public static string Decree30(DateOnly date, string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Trim().Length == 0 ? Decree30(date) : $"{place.Trim()}, {Decree30(date)}";
    }

    /// <summary>"thứ Hai" … "thứ Bảy", "Chủ nhật"; with <paramref name="sentenceStart"/>, "Thứ Hai".</summary>
    public static string Weekday(DayOfWeek day, bool sentenceStart = false)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)day, 6, nameof(day));
        var name = WeekdayNames[(int)day];
        return sentenceStart ? VietnameseCase.CapitalizeFirst(name) : name;
    }

    /// <summary>"thứ Tư, ngày 10 tháng 01 năm 2024".</summary>
    public static string WithWeekday(DateOnly date, bool sentenceStart = false) =>
        $"{Weekday(date.DayOfWeek, sentenceStart)}, {Decree30(date)}";

    /// <summary>"05/01/2024": the short form for tables, padded the same way as the long form.</summary>
    public static string Numeric(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Reads the ISO form content files use (YYYY-MM-DD).</summary>
    public static bool TryParseIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
