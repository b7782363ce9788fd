namespace MaterialsGen.Content;

/// <summary>
/// The diagnostic codes of the content stage, in one place so a code is never reused for two
/// meanings. MG01xx belongs to content.
/// </summary>
internal static class ContentCodes
{
    /// <summary>The file is not valid UTF-8.</summary>
    public const string InvalidEncoding = "MG0100";

    public const string YamlSyntax = "MG0101";

    public const string AnchorOrAlias = "MG0102";

    /// <summary>Empty file, or more than one YAML document in it.</summary>
    public const string DocumentShape = "MG0103";

    public const string DuplicateKey = "MG0104";

    /// <summary>A map key that is a list or a map.</summary>
    public const string ComplexKey = "MG0105";

    /// <summary>Two content documents share one id.</summary>
    public const string DuplicateDocumentId = "MG0106";

    /// <summary>Lists and maps nested deeper than <see cref="SafetyLimits.ContentNesting"/>.</summary>
    public const string NestedTooDeep = "MG0107";

    /// <summary>Aliases that stand for more than <see cref="SafetyLimits.AliasValues"/> values (a "billion laughs").</summary>
    public const string AliasBudget = "MG0108";

    public const string MissingField = "MG0110";

    public const string WrongType = "MG0111";

    public const string BadEnumValue = "MG0112";

    public const string UnknownKey = "MG0113";

    public const string BadId = "MG0114";

    /// <summary>A date, year or colour not written the one accepted way.</summary>
    public const string BadFormat = "MG0115";

    public const string ItemCount = "MG0116";

    public const string UnknownKind = "MG0117";

    public const string EmptyText = "MG0118";

    /// <summary>A reference (e.g. <c>list: 4-tich-cuc</c>) to a document that does not exist.</summary>
    public const string UnresolvedReference = "MG0119";

    public const string FieldCount = "MG0120";

    public const string DuplicateRecordId = "MG0121";

    public const string MissingIdColumn = "MG0122";

    /// <summary>Broken CSV quoting.</summary>
    public const string CsvSyntax = "MG0123";

    /// <summary>An empty or repeated column name in a CSV header.</summary>
    public const string BadHeader = "MG0124";

    /// <summary>A YAML tag other than the core schema's (<c>!upper</c>, <c>!!python/object</c>): a warning, the tag is ignored.</summary>
    public const string UnknownTag = "MG0125";

    /// <summary>One text value longer than <see cref="SafetyLimits.TextChars"/>.</summary>
    public const string TextTooLong = "MG0126";

    public const string InvisibleCharacter = "MG0130";

    public const string LegacyEncoding = "MG0131";

    /// <summary>U+00D0 (Icelandic eth) typed instead of U+0110 (Vietnamese Đ).</summary>
    public const string LookalikeLetter = "MG0132";

    /// <summary>A records file read from Windows-1258 rather than UTF-8 (a warning: letters outside it were lost on saving).</summary>
    public const string LegacyRecordsEncoding = "MG0140";

    /// <summary>An .xlsx records workbook that cannot be opened.</summary>
    public const string BadWorkbook = "MG0141";

    /// <summary>The sheet the manifest names is not in the workbook.</summary>
    public const string MissingSheet = "MG0142";

    /// <summary>A workbook cell holds a formula error instead of a value.</summary>
    public const string CellError = "MG0143";
}
