using System.Collections.Frozen;
using System.Text;
using static MaterialsGen.Layout.LineBreaking.BreakAction;
using static MaterialsGen.Layout.LineBreaking.LineBreakClass;

namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// A tailoring of UAX #14 for Vietnamese official texts (UAX #14 section 8 allows tailoring), one method
/// per rule like <see cref="LineBreakRules"/>. The rules only ever take away a break the default rules
/// allow, never add one, so a text without document numbers breaks exactly as the default algorithm
/// says. Dates need no rule of their own: LB25 already keeps <c>6/7/2022</c> whole. (VN2 is that LB25
/// case, tested in VietnameseLineBreakTest.txt.)
/// </summary>
internal static class VietnameseLineBreakRules
{
    // The words that name a part of a legal text or a document's number (Decree 30/2020/NĐ-CP names
    // Phần, Chương, Mục, Điều, Khoản, Điểm); lower case, NFC.
    private static readonly FrozenSet<string> ReferenceWords =
        new[] { "số", "phần", "chương", "mục", "điều", "khoản", "điểm" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Decides a position the default rules allowed a break at (0 &lt; index &lt; Count).</summary>
    public static BreakAction Tailor(ClassifiedText text, int index)
    {
        var boundary = new UnitBoundary(text, text.UnitOf[index]);
        return VN1(boundary) ?? VN3(boundary) ?? VN4(boundary) ?? Allowed;
    }

    // VN1: NU (AL | HL | NU | HY | SY | IS)* (HY | SY) × (AL | HL | NU). A word that starts with a digit
    // and joins letters and digits with '-' or '/' is a document number (69-QĐ/TW, 30/2020/NĐ-CP):
    // one word, so a search for it finds it. Words that start with a letter (và/hoặc) keep their breaks.
    private static BreakAction? VN1(UnitBoundary b)
    {
        if (b.Before is not (HY or SY) || b.After is not (AL or HL or NU))
        {
            return null;
        }

        var first = b.Unit - 1;
        while (b.Text.UnitClass(first - 1) is AL or HL or NU or HY or SY or IS)
        {
            first--;
        }

        return b.Text.UnitClass(first) is NU ? Prohibited : null;
    }

    // VN3: (số | phần | chương | mục | điều | khoản | điểm) SP × (NU | Roman numeral | single letter).
    // "số 5", "Điều 12", "Chương III", "điểm a" read as one reference and stay on one line.
    private static BreakAction? VN3(UnitBoundary b)
    {
        if (b.Before is not SP || b.After is not (NU or AL) || !IsReferenceWord(b.Text, BeforeSpaces(b.Text, b.Unit - 1)))
        {
            return null;
        }

        if (b.After is NU)
        {
            return Prohibited;
        }

        var end = b.Unit;
        while (b.Text.UnitClass(end + 1) is AL)
        {
            end++;
        }

        var next = Word(b.Text, b.Unit, end);
        return IsRomanNumeral(next) || IsItemLetter(next) ? Prohibited : null;
    }

    // VN4: a count of one to three digits stays with the word it counts: NU{1,3} SP × AL ("“9 không”",
    // "4 tích cực", "5 triệu"), as a non-breaking space would keep it. Years (four digits), numbers with
    // separators and references (VN3's "Điều 12") are left alone.
    private static BreakAction? VN4(UnitBoundary b)
    {
        if (b.Before is not SP || b.After is not (AL or HL))
        {
            return null;
        }

        var last = BeforeSpaces(b.Text, b.Unit - 1);
        var first = RunStart(b.Text, last, NU);
        if (b.Text.UnitClass(last) is not NU || last - first >= 3 || b.Text.UnitClass(first - 1) is AL or HL or HY or SY or IS)
        {
            return null;
        }

        // After a reference word the number belongs to it, not to what follows.
        var word = BeforeSpaces(b.Text, first - 1);
        return word < first - 1 && IsReferenceWord(b.Text, word) ? null : Prohibited;
    }

    /// <summary>The unit at or before <paramref name="unit"/> that is not a space.</summary>
    private static int BeforeSpaces(ClassifiedText text, int unit)
    {
        while (text.UnitClass(unit) is SP)
        {
            unit--;
        }

        return unit;
    }

    /// <summary>The first unit of the run of <paramref name="kind"/> that ends at <paramref name="last"/>.</summary>
    private static int RunStart(ClassifiedText text, int last, LineBreakClass kind)
    {
        var first = last;
        while (text.UnitClass(first - 1) == kind)
        {
            first--;
        }

        return first;
    }

    /// <summary>Whether the letters ending at <paramref name="last"/> spell one of <see cref="ReferenceWords"/>.</summary>
    private static bool IsReferenceWord(ClassifiedText text, int last) =>
        text.UnitClass(last) is AL && ReferenceWords.Contains(Word(text, RunStart(text, last, AL), last).ToLowerInvariant());

    private static string Word(ClassifiedText text, int firstUnit, int lastUnit)
    {
        var start = text.UnitStart(firstUnit);
        return text.Text[start..text.UnitStart(lastUnit + 1)].Normalize(NormalizationForm.FormC);
    }

    private static bool IsRomanNumeral(string word) => word.Length is > 0 and <= 8 && word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M');

    // Points of a clause are lettered a, b, c, d, đ, e…
    private static bool IsItemLetter(string word) => word.Length == 1 && (char.IsAsciiLetter(word[0]) || word[0] is 'đ' or 'Đ');
}
