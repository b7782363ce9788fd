using System.Text;

namespace MaterialsGen.Tests.Hostile;

/// <summary>
/// Seeded mutations of a corpus file, as afl-fuzz makes them but few and repeatable: bytes flipped,
/// inserted and deleted, ranges repeated and cut, and tokens of the format spliced in (brackets,
/// anchors, quotes, tags). The same seed gives the same inputs on every machine.
/// </summary>
internal static class Mutations
{
    private static readonly Dictionary<string, string[]> Tokens = new(StringComparer.Ordinal)
    {
        ["yaml"] = ["[", "{", "]", "}", "&a ", "*a", "!!str ", "!x ", ": ", "- ", "\n", "\n  ", "'", "\"", "---\n", "? ", "|\n", ">-\n", "#", "\t", "\u200B"],
        ["csv"] = [",", "\"", "\"\"", "\r\n", "\n", "\r", "id", ",,", "\uFEFF", "\u200B"],
        ["markup"] = ["<p>", "</p>", "<b>", "</b>", "<", ">", "&amp;", "&#x0;", "<page>", "<canvas width=\"1\" height=\"1\">", "<table columns=\"0*\">", "<td>", "<list>", "<item>", " size=\"0\"", " size=\"-5\"", " fit=\"shrink\"", " width=\"1e30\"", "<br/>", "<page-break/>"],
        ["svg"] = ["<use href=\"#a\"/>", "<g id=\"a\">", "</g>", " d=\"M0 0L", " transform=\"scale(0)\"", " viewBox=\"0 0 0 0\"", "<", "&", " stroke-width=\"1e9\"", "<linearGradient id=\"a\" href=\"#a\"/>", " r=\"-1\""],
    };

    /// <summary><paramref name="count"/> mutated copies of <paramref name="seed"/>, each one to four edits away.</summary>
    public static IEnumerable<byte[]> Of(byte[] seed, string target, int count, int randomSeed)
    {
        var random = new Random(randomSeed);
        var tokens = Tokens[target];
        for (var n = 0; n < count; n++)
        {
            var bytes = new List<byte>(seed);
            var edits = random.Next(1, 5);
            for (var e = 0; e < edits; e++)
            {
                var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                switch (random.Next(6))
                {
                    case 0 when bytes.Count > 0:
                        bytes[at] ^= (byte)(1 << random.Next(8));
                        break;
                    case 1:
                        bytes.Insert(at, (byte)random.Next(256));
                        break;
                    case 2 when bytes.Count > 0:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16)));
                        break;
                    case 3 when bytes.Count > 0:
                        var length = Math.Min(bytes.Count - at, random.Next(1, 64));
                        var copy = bytes.GetRange(at, length);
                        for (var k = random.Next(1, 20); k > 0; k--)
                        {
                            bytes.InsertRange(at, copy);
                        }

                        break;
                    case 4 when bytes.Count > 0:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    default:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Length)]));
                        break;
                }
            }

            yield return [.. bytes];
        }
    }
}
