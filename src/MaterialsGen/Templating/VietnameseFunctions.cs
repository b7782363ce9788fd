using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MaterialsGen.Vietnamese;
using Scriban.Runtime;

namespace MaterialsGen.Templating;

/// <summary>
/// The <c>vn</c> object templates call: <c>{{ vn.date record.meeting_date }}</c> →
/// "ngày 10 tháng 01 năm 2024" (Decree 30/2020), <c>{{ vn.enum 3 }}</c> → "Ba là", and so on.
/// A value that is not what a helper takes stops the template with its location.
/// </summary>
internal static class VietnameseFunctions
{
    // Scriban reads each delegate's parameters by reflection. The delegates name their methods
    // directly, so trimming keeps them, and the Native AOT build keeps Scriban whole.
    // Made once and shared, read-only, by every render: importing a function reflects over it and makes a
    // throw-away TemplateContext, which cost more than a whole handout's layout when done per record.
    private static readonly ScriptObject Shared = Make();

    /// <summary>The <c>vn</c> object, the same read-only instance for every render.</summary>
    public static ScriptObject Create() => Shared;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The delegates' methods are referenced here; Scriban is a trimmer root in AOT builds.")]
    private static ScriptObject Make()
    {
        var vn = new ScriptObject();
        vn.Import("date", new Func<string, string>(d => VietnameseDates.Decree30(Date(d))));
        vn.Import("place_date", new Func<string, string, string>((place, d) => VietnameseDates.Decree30(Date(d), place)));
        vn.Import("dmy", new Func<string, string>(d => VietnameseDates.Numeric(Date(d))));
        vn.Import("weekday", new Func<string, bool, string>((d, start) => VietnameseDates.Weekday(Date(d).DayOfWeek, start)));
        vn.Import("number", new Func<object, string>(n => VietnameseNumbers.FormatNumber(Decimal(n))));
        vn.Import("words", new Func<object, string>(n => VietnameseNumbers.ToWords((long)Decimal(n))));
        vn.Import("enum", new Func<int, string>(VietnameseOrdinals.Enumeration));
        vn.Import("ordinal", new Func<int, string>(VietnameseOrdinals.Ordinal));
        vn.Import("roman", new Func<int, string>(RomanNumerals.ToRoman));
        vn.Import("upper", new Func<string, string>(VietnameseCase.ToUpper));
        vn.Import("lower", new Func<string, string>(VietnameseCase.ToLower));
        vn.Import("title", new Func<string, string>(VietnameseCase.ToTitleCase));
        vn.Import("capitalize", new Func<string, string>(VietnameseCase.CapitalizeFirst));
        vn.Import("slug", new Func<string, string>(VietnameseSlug.ToSlug));
        vn.IsReadOnly = true;
        return vn;
    }

    private static DateOnly Date(string text) =>
        VietnameseDates.TryParseIso(text, out var date)
            ? date
            : throw new TemplateValueException($"'{text}' is not a date; write dates as YYYY-MM-DD") { Value = text };

    private static decimal Decimal(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => (decimal)d,
        decimal m => m,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new TemplateValueException($"'{value}' is not a number") { Value = value },
    };
}
