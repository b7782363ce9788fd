using System.Buffers;
using System.Globalization;
using System.Text;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>
/// Decodes a content file strictly: a legacy 8-bit file read leniently would turn every Vietnamese
/// letter into U+FFFD and the damage would only show in the printed output.
/// </summary>
internal static class Utf8TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text without a byte order mark, or null after reporting the first invalid byte.</summary>
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var line = 1;
        var column = 1;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8 (byte 0x{rest[0]:X2}); save it as UTF-8");
                diagnostics.Error(ContentCodes.InvalidEncoding, message, new SourceSpan(path, line, column));
                return null;
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column += rune.Utf16SequenceLength;
            }

            rest = rest[consumed..];
        }

        return Strict.GetString(bytes);
    }
}
