using System.Globalization;
using System.Text;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content.Hygiene;

/// <summary>
/// Warnings about characters that print wrong or not at all. The raw file text is scanned, not
/// the parsed values, so each warning lands on the exact line and column in the file.
/// </summary>
internal static class TextHygiene
{
    private static readonly Dictionary<char, string> InvisibleNames = new()
    {
        ['\u00AD'] = "soft hyphen",
        ['\u180E'] = "Mongolian vowel separator",
        ['\u200B'] = "zero width space",
        ['\u200C'] = "zero width non-joiner",
        ['\u200D'] = "zero width joiner",
        ['\u200E'] = "left-to-right mark",
        ['\u200F'] = "right-to-left mark",
        ['\u2028'] = "line separator",
        ['\u2029'] = "paragraph separator",
        ['\u202A'] = "left-to-right embedding",
        ['\u202B'] = "right-to-left embedding",
        ['\u202C'] = "pop directional formatting",
        ['\u202D'] = "left-to-right override",
        ['\u202E'] = "right-to-left override",
        ['\u2060'] = "word joiner",
        ['\u2066'] = "left-to-right isolate",
        ['\u2067'] = "right-to-left isolate",
        ['\u2068'] = "first strong isolate",
        ['\u2069'] = "pop directional isolate",
        ['\uFEFF'] = "zero width no-break space (byte order mark)",
    };

    /// <summary>Reports invisible, control and look-alike characters in a file's text.</summary>
    public static void CheckCharacters(string path, string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var line = 1;
        var column = 1;
        var reported = 0;
        var more = 0;
        SourceSpan? firstUnreported = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            var span = new SourceSpan(path, line, column);
            column++;
            if (c is '\r' or '\t')
            {
                continue;
            }

            if (c == '\u200D' && JoinsEmoji(text, i))
            {
                continue;
            }

            var problem = Describe(c);
            if (problem is null && c != '\u00D0')
            {
                continue;
            }

            // A file made of invisible characters (or pasted from a damaged document) would otherwise give
            // a warning per character: millions of lines and as many objects.
            if (reported == SafetyLimits.CharacterWarningsPerFile)
            {
                firstUnreported ??= span;
                more++;
                continue;
            }

            reported++;
            if (problem is not null)
            {
                diagnostics.Warning(ContentCodes.InvisibleCharacter, $"{problem} {CodePoint(c)}; delete it or retype the text around it", span);
            }
            else
            {
                diagnostics.Warning(ContentCodes.LookalikeLetter, "'Ð' U+00D0 (Latin capital eth) looks like 'Đ' but is another letter; type 'Đ' U+0110", span);
            }
        }

        if (firstUnreported is { } from)
        {
            diagnostics.Warning(ContentCodes.InvisibleCharacter, $"{more:N0} more invisible, control or look-alike characters from here on are not listed one by one", from);
        }
    }

    /// <summary>Reports scalar values that look like TCVN3 or VNI text pasted as Unicode.</summary>
    public static void CheckLegacyEncoding(ContentNode node, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var scalar in node.Scalars())
        {
            if (LegacyEncodingDetector.Detect(scalar.Value) is { } detected)
            {
                var name = detected.Encoding == LegacyEncoding.Tcvn3 ? "TCVN3 (ABC)" : "VNI";
                diagnostics.Warning(ContentCodes.LegacyEncoding, $"text looks like {name} encoding, not Unicode; converted it reads \"{Shorten(detected.Converted)}\"", scalar.Span);
            }
        }
    }

    /// <summary>
    /// A joiner between two pictographs (👩‍💻, 🏳️‍🌈, 👨‍👩‍👧) belongs to an emoji sequence and draws as one
    /// picture; a skin tone or VS16 may stand between the first pictograph and the joiner.
    /// </summary>
    private static bool JoinsEmoji(string text, int joiner)
    {
        var before = joiner;
        while (before > 0)
        {
            if (Rune.DecodeLastFromUtf16(text.AsSpan(0, before), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            if (rune.Value is 0xFE0F or (>= 0x1F3FB and <= 0x1F3FF))
            {
                before -= length;
                continue;
            }

            return Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol
                && Rune.DecodeFromUtf16(text.AsSpan(joiner + 1), out var next, out _) == System.Buffers.OperationStatus.Done
                && Rune.GetUnicodeCategory(next) == UnicodeCategory.OtherSymbol;
        }

        return false;
    }

    internal static string CodePoint(char c) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");

    private static string? Describe(char c)
    {
        if (InvisibleNames.TryGetValue(c, out var name))
        {
            return $"invisible character ({name})";
        }

        if (c == '\uFFFD')
        {
            return "replacement character (text damaged by a wrong encoding)";
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control => "control character",
            UnicodeCategory.Format => "invisible formatting character",
            _ => null,
        };
    }

    // Long paragraphs would drown the message; the start is enough to recognise the text.
    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
}
