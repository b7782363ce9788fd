using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>
/// The length limit on one text value of content or records: past it, layout and fitting would run
/// for minutes on what is surely a mistake (a whole file pasted into a title).
/// </summary>
internal static class TextLength
{
    /// <summary>Reports MG0126 at <paramref name="span"/> when <paramref name="value"/> is over the limit.</summary>
    public static void Check(string value, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (value.Length > SafetyLimits.TextChars)
        {
            diagnostics.Error(ContentCodes.TextTooLong, $"a text value of {value.Length:N0} characters is longer than the limit of {SafetyLimits.TextChars:N0}; split it", span);
        }
    }
}
