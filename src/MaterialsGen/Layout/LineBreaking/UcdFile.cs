using System.Globalization;

namespace MaterialsGen.Layout.LineBreaking;

/// <summary>Receives one data line of a UCD file: a code point range and its trimmed property value.</summary>
internal delegate void UcdRangeHandler(int start, int end, ReadOnlySpan<char> value);

/// <summary>
/// Reads the UCD text files embedded next to the line breaker ("XXXX..YYYY ; value # comment").
/// The files are committed verbatim (or trimmed with their header kept) so a Unicode upgrade is a file copy.
/// </summary>
internal static class UcdFile
{
    private const string ResourcePrefix = "MaterialsGen.Layout.LineBreaking.";

    public static void Read(string fileName, UcdRangeHandler handler)
    {
        var rest = LoadText(fileName).AsSpan();
        var lineNumber = 0;
        while (!rest.IsEmpty)
        {
            lineNumber++;
            var newline = rest.IndexOf('\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? [] : rest[(newline + 1)..];

            var hash = line.IndexOf('#');
            line = (hash < 0 ? line : line[..hash]).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            var semicolon = line.IndexOf(';');
            if (semicolon < 0)
            {
                throw new InvalidDataException($"{fileName}:{lineNumber}: expected 'range;value'.");
            }

            var range = line[..semicolon].Trim();
            var dots = range.IndexOf("..", StringComparison.Ordinal);
            var start = ParseHex(dots < 0 ? range : range[..dots], fileName, lineNumber);
            var end = dots < 0 ? start : ParseHex(range[(dots + 2)..], fileName, lineNumber);
            handler(start, end, line[(semicolon + 1)..].Trim());
        }
    }

    private static int ParseHex(ReadOnlySpan<char> text, string fileName, int lineNumber)
    {
        return int.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{fileName}:{lineNumber}: bad code point '{text}'.");
    }

    private static string LoadText(string fileName)
    {
        using var stream = typeof(UcdFile).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourcePrefix}{fileName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
