namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// The Line_Break property values of Unicode 15.0. Members use the UCD short aliases on purpose:
/// they are the names in LineBreak.txt and in the rules of UAX #14, so the rule code reads like the spec.
/// </summary>
internal enum LineBreakClass : byte
{
    /// <summary>Unknown; the default for code points LineBreak.txt does not list.</summary>
    XX = 0,
    BK,
    CR,
    LF,
    CM,
    NL,
    SG,
    WJ,
    ZW,
    GL,
    SP,
    ZWJ,
    B2,
    BA,
    BB,
    HY,
    CB,
    CL,
    CP,
    EX,
    IN,
    NS,
    OP,
    QU,
    IS,
    NU,
    PO,
    PR,
    SY,
    AI,
    AL,
    CJ,
    EB,
    EM,
    H2,
    H3,
    HL,
    ID,
    JL,
    JV,
    JT,
    RI,
    SA,
}
