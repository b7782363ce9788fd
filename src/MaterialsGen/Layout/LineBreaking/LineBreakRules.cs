using static MaterialsGen.Layout.LineBreaking.BreakAction;
using static MaterialsGen.Layout.LineBreaking.LineBreakClass;

namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// The pair rules of UAX #14 as of Unicode 15.0, one method per rule, tried in rule order; each returns
/// null when it does not apply. LB25 is the tailoring of numbers from Example 7 of section 8.2, which
/// LineBreakTest.txt expects. Rules from later versions (LB15a/LB15b and LB28a came with 15.1) are
/// deliberately absent: they would contradict the 15.0 data and test file.
/// </summary>
internal static class LineBreakRules
{
    /// <summary>Decides the position just before code point <paramref name="index"/> (0 &lt; index &lt; Count).</summary>
    public static BreakAction Decide(ClassifiedText text, int index)
    {
        var before = text.Classes[index - 1];
        var after = text.Classes[index];
        return LB04(before)
            ?? LB05(before, after)
            ?? LB06(after)
            ?? LB07(after)
            ?? LB08(text, index)
            ?? LB08a(before)
            ?? LB09(text, index)
            ?? DecideUnits(new UnitBoundary(text, text.UnitOf[index]));
    }

    private static BreakAction DecideUnits(UnitBoundary b) =>
        LB11(b) ?? LB12(b) ?? LB12a(b) ?? LB13(b) ?? LB14(b) ?? LB15(b) ?? LB16(b) ?? LB17(b) ?? LB18(b)
        ?? LB19(b) ?? LB20(b) ?? LB21(b) ?? LB21a(b) ?? LB21b(b) ?? LB22(b) ?? LB23(b) ?? LB23a(b) ?? LB24(b)
        ?? LB25(b) ?? LB26(b) ?? LB27(b) ?? LB28(b) ?? LB29(b) ?? LB30(b) ?? LB30a(b) ?? LB30b(b)
        ?? Allowed; // LB31: break everywhere else.

    private static BreakAction? ProhibitedIf(bool condition) => condition ? Prohibited : null;

    // LB4: BK !
    private static BreakAction? LB04(LineBreakClass before) => before is BK ? Mandatory : null;

    // LB5: CR × LF; CR !; LF !; NL !
    private static BreakAction? LB05(LineBreakClass before, LineBreakClass after) =>
        before is CR && after is LF ? Prohibited : before is CR or LF or NL ? Mandatory : null;

    // LB6: × (BK | CR | LF | NL)
    private static BreakAction? LB06(LineBreakClass after) => ProhibitedIf(after is BK or CR or LF or NL);

    // LB7: × SP; × ZW
    private static BreakAction? LB07(LineBreakClass after) => ProhibitedIf(after is SP or ZW);

    // LB8: ZW SP* ÷
    private static BreakAction? LB08(ClassifiedText text, int index)
    {
        var i = index - 1;
        while (i > 0 && text.Classes[i] is SP)
        {
            i--;
        }

        return text.Classes[i] is ZW ? Allowed : null;
    }

    // LB8a: ZWJ × (also when the ZWJ has joined a unit under LB9)
    private static BreakAction? LB08a(LineBreakClass before) => ProhibitedIf(before is ZWJ);

    // LB9: X (CM | ZWJ)* → X; the grouping itself is done by ClassifiedText.
    private static BreakAction? LB09(ClassifiedText text, int index) =>
        ProhibitedIf(text.UnitOf[index] == text.UnitOf[index - 1]);

    // LB11: × WJ; WJ ×
    private static BreakAction? LB11(UnitBoundary b) => ProhibitedIf(b.After is WJ || b.Before is WJ);

    // LB12: GL ×
    private static BreakAction? LB12(UnitBoundary b) => ProhibitedIf(b.Before is GL);

    // LB12a: [^SP BA HY] × GL
    private static BreakAction? LB12a(UnitBoundary b) => ProhibitedIf(b.After is GL && b.Before is not (SP or BA or HY));

    // LB13: × CL; × CP; × EX; × IS; × SY
    private static BreakAction? LB13(UnitBoundary b) => ProhibitedIf(b.After is CL or CP or EX or IS or SY);

    // LB14: OP SP* ×
    private static BreakAction? LB14(UnitBoundary b) => ProhibitedIf(b.BeforeSpaces is OP);

    // LB15: QU SP* × OP
    private static BreakAction? LB15(UnitBoundary b) => ProhibitedIf(b.After is OP && b.BeforeSpaces is QU);

    // LB16: (CL | CP) SP* × NS
    private static BreakAction? LB16(UnitBoundary b) => ProhibitedIf(b.After is NS && b.BeforeSpaces is CL or CP);

    // LB17: B2 SP* × B2
    private static BreakAction? LB17(UnitBoundary b) => ProhibitedIf(b.After is B2 && b.BeforeSpaces is B2);

    // LB18: SP ÷
    private static BreakAction? LB18(UnitBoundary b) => b.Before is SP ? Allowed : null;

    // LB19: × QU; QU ×
    private static BreakAction? LB19(UnitBoundary b) => ProhibitedIf(b.After is QU || b.Before is QU);

    // LB20: ÷ CB; CB ÷
    private static BreakAction? LB20(UnitBoundary b) => b.After is CB || b.Before is CB ? Allowed : null;

    // LB21: × BA; × HY; × NS; BB ×
    private static BreakAction? LB21(UnitBoundary b) => ProhibitedIf(b.After is BA or HY or NS || b.Before is BB);

    // LB21a: HL (HY | BA) ×
    private static BreakAction? LB21a(UnitBoundary b) => ProhibitedIf(b.Before is HY or BA && b.Class(-2) is HL);

    // LB21b: SY × HL
    private static BreakAction? LB21b(UnitBoundary b) => ProhibitedIf(b.Before is SY && b.After is HL);

    // LB22: × IN
    private static BreakAction? LB22(UnitBoundary b) => ProhibitedIf(b.After is IN);

    // LB23: (AL | HL) × NU; NU × (AL | HL)
    private static BreakAction? LB23(UnitBoundary b) =>
        ProhibitedIf((b.Before is AL or HL && b.After is NU) || (b.Before is NU && b.After is AL or HL));

    // LB23a: PR × (ID | EB | EM); (ID | EB | EM) × PO
    private static BreakAction? LB23a(UnitBoundary b) =>
        ProhibitedIf((b.Before is PR && b.After is ID or EB or EM) || (b.Before is ID or EB or EM && b.After is PO));

    // LB24: (PR | PO) × (AL | HL); (AL | HL) × (PR | PO)
    private static BreakAction? LB24(UnitBoundary b) =>
        ProhibitedIf((b.Before is PR or PO && b.After is AL or HL) || (b.Before is AL or HL && b.After is PR or PO));

    // LB25, as tailored by Example 7 (a number is (PR | PO)? (OP | HY)? NU (NU | SY | IS)* (CL | CP)? (PR | PO)?):
    // (PR | PO) × (OP | HY)? NU; (OP | HY) × NU; NU (NU | SY | IS)* × (NU | SY | IS | CL | CP);
    // NU (NU | SY | IS)* (CL | CP)? × (PO | PR)
    private static BreakAction? LB25(UnitBoundary b) => ProhibitedIf(
        (b.Before is PR or PO && (b.After is NU || (b.After is OP or HY && b.Class(1) is NU)))
        || (b.Before is OP or HY && b.After is NU)
        || (b.After is NU or SY or IS or CL or CP && NumberEndsAt(b, -1))
        || (b.After is PO or PR && NumberEndsAt(b, b.Before is CL or CP ? -2 : -1)));

    // Whether the units up to the one at offset end with NU (NU | SY | IS)*, i.e. their run of NU, SY and IS holds a NU.
    private static bool NumberEndsAt(UnitBoundary b, int offset)
    {
        for (var o = offset; b.Class(o) is NU or SY or IS; o--)
        {
            if (b.Class(o) is NU)
            {
                return true;
            }
        }

        return false;
    }

    // LB26: JL × (JL | JV | H2 | H3); (JV | H2) × (JV | JT); (JT | H3) × JT
    private static BreakAction? LB26(UnitBoundary b) => ProhibitedIf(
        (b.Before is JL && b.After is JL or JV or H2 or H3)
        || (b.Before is JV or H2 && b.After is JV or JT)
        || (b.Before is JT or H3 && b.After is JT));

    // LB27: (JL | JV | JT | H2 | H3) × PO; PR × (JL | JV | JT | H2 | H3)
    private static BreakAction? LB27(UnitBoundary b) => ProhibitedIf(
        (b.Before is JL or JV or JT or H2 or H3 && b.After is PO)
        || (b.Before is PR && b.After is JL or JV or JT or H2 or H3));

    // LB28: (AL | HL) × (AL | HL)
    private static BreakAction? LB28(UnitBoundary b) => ProhibitedIf(b.Before is AL or HL && b.After is AL or HL);

    // LB29: IS × (AL | HL)
    private static BreakAction? LB29(UnitBoundary b) => ProhibitedIf(b.Before is IS && b.After is AL or HL);

    // LB30: (AL | HL | NU) × [OP - EastAsian]; [CP - EastAsian] × (AL | HL | NU), EastAsian being ea=F, W or H.
    private static BreakAction? LB30(UnitBoundary b)
    {
        var properties = LineBreakProperties.Instance;
        return ProhibitedIf(
            (b.Before is AL or HL or NU && b.After is OP && !properties.IsEastAsianWide(b.AfterBase))
            || (b.Before is CP && b.After is AL or HL or NU && !properties.IsEastAsianWide(b.BeforeBase)));
    }

    // LB30a: sot (RI RI)* RI × RI; [^RI] (RI RI)* RI × RI; RI ÷ RI
    private static BreakAction? LB30a(UnitBoundary b)
    {
        if (b.Before is not RI || b.After is not RI)
        {
            return null;
        }

        return b.Text.RegionalIndicatorRun(b.Unit - 1) % 2 == 1 ? Prohibited : Allowed;
    }

    // LB30b: EB × EM; [\p{Extended_Pictographic} & \p{Cn}] × EM
    private static BreakAction? LB30b(UnitBoundary b)
    {
        if (b.After is not EM)
        {
            return null;
        }

        var properties = LineBreakProperties.Instance;
        return ProhibitedIf(b.Before is EB
            || (properties.IsExtendedPictographic(b.BeforeBase) && properties.IsUnassigned(b.BeforeBase)));
    }
}
