using static MaterialsGen.Layout.LineBreaking.LineBreakClass;

namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// A text as code points with their LB1-resolved classes, grouped into the units of LB9/LB10:
/// a base character plus the combining marks (CM, ZWJ) that take its class. Rules from LB11 on
/// see only units, which is how UAX #14 asks the marks to be ignored.
/// </summary>
internal sealed class ClassifiedText
{
    private readonly LineBreakClass[] _unitClasses;
    private readonly int[] _unitBases;
    private readonly int[] _regionalIndicatorRuns;
    private readonly int[] _unitStarts;

    private ClassifiedText(string text)
    {
        var length = text.Length;
        Text = text;
        Offsets = new int[length + 1];
        Classes = new LineBreakClass[length];
        UnitOf = new int[length];
        _unitClasses = new LineBreakClass[length];
        _unitBases = new int[length];
        _regionalIndicatorRuns = new int[length];
        _unitStarts = new int[length + 1];
    }

    /// <summary>The text itself, for tailorings that look at words rather than classes.</summary>
    public string Text { get; }

    /// <summary>Number of code points.</summary>
    public int Count { get; private set; }

    /// <summary>UTF-16 offset of each code point, plus the text length at <see cref="Count"/>.</summary>
    public int[] Offsets { get; }

    /// <summary>Number of units (base characters with their marks).</summary>
    public int UnitCount { get; private set; }

    /// <summary>Class of each code point after LB1.</summary>
    public LineBreakClass[] Classes { get; }

    /// <summary>The unit each code point belongs to.</summary>
    public int[] UnitOf { get; }

    public static ClassifiedText Create(string text)
    {
        var properties = LineBreakProperties.Instance;
        var result = new ClassifiedText(text);
        var units = 0;
        var index = 0;
        while (index < text.Length)
        {
            var codePoint = ReadCodePoint(text, index, out var length);
            var lineBreakClass = ResolveLB1(properties, codePoint);
            result.Offsets[result.Count] = index;
            result.Classes[result.Count] = lineBreakClass;
            if (lineBreakClass is CM or ZWJ && units > 0 && result._unitClasses[units - 1] is not (BK or CR or LF or NL or SP or ZW))
            {
                // LB9: the mark joins the previous unit and takes its class.
                result.UnitOf[result.Count] = units - 1;
            }
            else
            {
                // LB10: a mark with nothing to attach to is treated as AL.
                var unitClass = lineBreakClass is CM or ZWJ ? AL : lineBreakClass;
                result._unitClasses[units] = unitClass;
                result._unitBases[units] = codePoint;
                result._regionalIndicatorRuns[units] = unitClass is RI ? result.RegionalIndicatorRun(units - 1) + 1 : 0;
                result._unitStarts[units] = index;
                result.UnitOf[result.Count] = units++;
            }

            result.Count++;
            index += length;
        }

        result.Offsets[result.Count] = text.Length;
        result._unitStarts[units] = text.Length;
        result.UnitCount = units;
        return result;
    }

    /// <summary>
    /// The class of a unit after LB9/LB10, or XX outside the text: LB1 has resolved every real XX to AL,
    /// so XX can stand for sot and eot without matching any rule.
    /// </summary>
    public LineBreakClass UnitClass(int unit) => unit >= 0 && unit < UnitCount ? _unitClasses[unit] : XX;

    /// <summary>The code point of a unit's base character (LB30 and LB30b look at its other properties).</summary>
    public int UnitBase(int unit) => _unitBases[unit];

    /// <summary>UTF-16 offset where a unit starts; <see cref="UnitCount"/> gives the text length.</summary>
    public int UnitStart(int unit) => _unitStarts[unit];

    /// <summary>How many RI units end at this unit (LB30a pairs them from the start of the run).</summary>
    public int RegionalIndicatorRun(int unit) => unit >= 0 ? _regionalIndicatorRuns[unit] : 0;

    private static LineBreakClass ResolveLB1(LineBreakProperties properties, int codePoint)
    {
        return properties.GetLineBreakClass(codePoint) switch
        {
            AI or SG or XX => AL,
            SA => properties.IsCombiningMark(codePoint) ? CM : AL,
            CJ => NS,
            var other => other,
        };
    }

    // A lone surrogate stays a code point of its own; LineBreak.txt gives it SG, which LB1 makes AL.
    private static int ReadCodePoint(string text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        length = 1;
        return c;
    }
}
