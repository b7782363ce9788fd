using System.Collections.Frozen;
using System.Text;
using static MaterialsGen.Layout.LineBreaking.BreakAction;
using static MaterialsGen.Layout.LineBreaking.LineBreakClass;

namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// A tailoring of UAX #14 for Vietnamese official texts (UAX #14 section 8 allows tailoring), one method
/// per rule like <see cref="LineBreakRules"/>. The rules only ever take away a break the default rules
/// allow, never add one, so a text without document numbers breaks exactly as the default algorithm
/// says. Dates need no rule of their own: LB25 already keeps <c>6/7/2022</c> whole.
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
        return VN1(boundary) ?? VN3(boundary) ?? Allowed;
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
        if (b.Before is not SP || b.After is not (NU or AL))
        {
            return null;
        }

        var last = b.Unit - 1;
        while (b.Text.UnitClass(last) is SP)
        {
            last--;
        }

        var first = last;
        while (b.Text.UnitClass(first - 1) is AL)
        {
            first--;
        }

        if (b.Text.UnitClass(last) is not AL || !ReferenceWords.Contains(Word(b.Text, first, last).ToLowerInvariant()))
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

    private static string Word(ClassifiedText text, int firstUnit, int lastUnit)
    {
        var start = text.UnitStart(firstUnit);
        return text.Text[start..text.UnitStart(lastUnit + 1)].Normalize(NormalizationForm.FormC);
    }

    private static bool IsRomanNumeral(string word) => word.Length is > 0 and <= 8 && word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M');

    // Points of a clause are lettered a, b, c, d, đ, e…
    private static bool IsItemLetter(string word) => word.Length == 1 && (char.IsAsciiLetter(word[0]) || word[0] is 'đ' or 'Đ');
}
