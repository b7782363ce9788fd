namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// The Unicode 15.0 character properties UAX #14 consults, read once from the embedded UCD files.
/// All of them come from the same UCD version on purpose: .NET's CharUnicodeInfo follows the runtime's
/// (newer) Unicode version and would disagree with LineBreak.txt on recently assigned code points.
/// </summary>
internal sealed class LineBreakProperties
{
    private const byte Unassigned = 1;
    private const byte CombiningMark = 2;

    private static readonly Lazy<LineBreakProperties> _instance = new(Load);

    private readonly CodePointTable _lineBreak;
    private readonly CodePointTable _eastAsianWide;
    private readonly CodePointTable _extendedPictographic;
    private readonly CodePointTable _generalCategory;

    private LineBreakProperties(
        CodePointTable lineBreak,
        CodePointTable eastAsianWide,
        CodePointTable extendedPictographic,
        CodePointTable generalCategory)
    {
        _lineBreak = lineBreak;
        _eastAsianWide = eastAsianWide;
        _extendedPictographic = extendedPictographic;
        _generalCategory = generalCategory;
    }

    public static LineBreakProperties Instance => _instance.Value;

    /// <summary>The Line_Break value as listed in LineBreak.txt, before the LB1 resolution.</summary>
    public LineBreakClass GetLineBreakClass(int codePoint) => (LineBreakClass)_lineBreak[codePoint];

    /// <summary>East_Asian_Width is F, W or H (LB30 keeps breaks around wide brackets).</summary>
    public bool IsEastAsianWide(int codePoint) => _eastAsianWide[codePoint] != 0;

    public bool IsExtendedPictographic(int codePoint) => _extendedPictographic[codePoint] != 0;

    /// <summary>General_Category is Cn.</summary>
    public bool IsUnassigned(int codePoint) => _generalCategory[codePoint] == Unassigned;

    /// <summary>General_Category is Mn or Mc (LB1 turns such SA characters into CM).</summary>
    public bool IsCombiningMark(int codePoint) => _generalCategory[codePoint] == CombiningMark;

    private static LineBreakProperties Load()
    {
        var lineBreak = new CodePointTable.Builder((byte)LineBreakClass.XX);
        UcdFile.Read("LineBreak.txt", (start, end, value) =>
        {
            if (!Enum.TryParse<LineBreakClass>(value, out var lineBreakClass) || !char.IsAsciiLetterUpper(value[0]))
            {
                throw new InvalidDataException($"Unknown Line_Break value '{value}'.");
            }

            lineBreak.Add(start, end, (byte)lineBreakClass);
        });

        // The trimmed copies hold only the values the breaker needs; anything else means a bad copy.
        var eastAsianWide = new CodePointTable.Builder(0);
        UcdFile.Read("EastAsianWidth.txt", (start, end, value) =>
            eastAsianWide.Add(start, end, value is "F" or "W" or "H" ? (byte)1 : throw Unexpected(value)));

        var extendedPictographic = new CodePointTable.Builder(0);
        UcdFile.Read("emoji-data.txt", (start, end, value) =>
            extendedPictographic.Add(start, end, value is "Extended_Pictographic" ? (byte)1 : throw Unexpected(value)));

        var generalCategory = new CodePointTable.Builder(0);
        UcdFile.Read("DerivedGeneralCategory.txt", (start, end, value) => generalCategory.Add(start, end, value switch
        {
            "Cn" => Unassigned,
            "Mn" or "Mc" => CombiningMark,
            _ => throw Unexpected(value),
        }));

        return new LineBreakProperties(
            lineBreak.Build(), eastAsianWide.Build(), extendedPictographic.Build(), generalCategory.Build());
    }

    private static InvalidDataException Unexpected(ReadOnlySpan<char> value) =>
        new($"Unexpected property value '{value}' in a trimmed UCD file.");
}
