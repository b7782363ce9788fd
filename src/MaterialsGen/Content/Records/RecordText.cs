using System.Text;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content.Records;

/// <summary>
/// Decodes a CSV file as offices save it. Excel's "CSV UTF-8" is UTF-8; its "Unicode Text" is UTF-16 with
/// a byte order mark; its plain "CSV (Comma delimited)" on a Vietnamese Windows is Windows-1258, the
/// Vietnamese ANSI code page, whose marks are separate combining characters. UTF-8 and UTF-16 are read as
/// they are; Windows-1258 is read, composed into the usual letters (NFC), and named in a warning, because
/// Excel replaces any letter outside that code page by '?' when it saves. Anything else is an error that
/// says how to save the file instead.
/// </summary>
internal static class RecordText
{
    private static readonly Lazy<Encoding> Windows1258 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var probe = new DiagnosticBag();
        if (Utf8TextDecoder.Decode(path, bytes, probe) is { } utf8)
        {
            return utf8;
        }

        if (AsWindows1258(bytes) is { } vietnamese)
        {
            diagnostics.Warning(
                ContentCodes.LegacyRecordsEncoding,
                "the file is not UTF-8 but Windows-1258 (Excel's \"CSV (Comma delimited)\" on a Vietnamese system); it was read as such, but letters outside that code page were lost when it was saved: save it as \"CSV UTF-8 (Comma delimited)\"",
                new SourceSpan(path, 1, 1));
            return vietnamese;
        }

        var first = probe.Items[0];
        diagnostics.Error(first.Code, first.Message.Replace("save it as UTF-8", "in Excel, save it as \"CSV UTF-8 (Comma delimited)\"", StringComparison.Ordinal), first.Span);
        return null;
    }

    /// <summary>The text when every byte is a Windows-1258 character and the text has Vietnamese letters in it; else null.</summary>
    private static string? AsWindows1258(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = Windows1258.Value.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var composed = text.Normalize(NormalizationForm.FormC);
        return composed.Any(IsVietnamese) ? composed : null;
    }

    /// <summary>A letter only Vietnamese uses among the Latin ones: ă â đ ê ô ơ ư, and the block of letters with tone marks.</summary>
    private static bool IsVietnamese(char c) => "ăâđêôơư".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal) || c is >= '\u1EA0' and <= '\u1EF9';
}
