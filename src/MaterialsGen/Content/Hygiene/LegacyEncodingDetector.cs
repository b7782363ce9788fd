using System.Text;

namespace MaterialsGen.Content.Hygiene;

/// <summary>
/// Spots Vietnamese text typed in TCVN3 or VNI and pasted as if it were Unicode ("§¶ng viªn",
/// "Ñaûng vieân"). Such text renders as gibberish, yet it is valid UTF-8, so nothing else catches it.
/// </summary>
internal static class LegacyEncodingDetector
{
    private static readonly HashSet<char> VietnameseLetters = BuildVietnameseLetters();

    /// <summary>
    /// Returns the encoding the text was most likely typed in and the text converted to Unicode,
    /// or null when the text reads as Unicode Vietnamese (or as something neither table explains).
    /// </summary>
    public static (LegacyEncoding Encoding, string Converted)? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One odd letter is too little to go on: "QÐ/TW" with an eth, or a French "naïve".
        if (ForeignLettersInWords(text) < 2)
        {
            return null;
        }

        var original = Implausibility(text);

        (LegacyEncoding Encoding, string Converted)? best = null;
        var bestScore = original;
        foreach (var encoding in new[] { LegacyEncoding.Tcvn3, LegacyEncoding.Vni })
        {
            var converted = Convert(text, encoding);
            var score = Implausibility(converted);
            if (converted != text && score < bestScore)
            {
                best = (encoding, converted);
                bestScore = score;
            }
        }

        // A conversion that still leaves oddities is a guess, and a wrong guess is worse than none.
        return bestScore == 0 ? best : null;
    }

    /// <summary>Converts text from a legacy encoding (as read in Windows-1252) to NFC Unicode.</summary>
    public static string Convert(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        if (encoding == LegacyEncoding.Tcvn3)
        {
            foreach (var c in text)
            {
                result.Append(LegacyVietnameseTables.Tcvn3.TryGetValue(c, out var letter) ? letter : c);
            }

            return result.ToString();
        }

        for (var i = 0; i < text.Length; i++)
        {
            // VNI marks follow their base letter, so the two-character spelling wins over the one-character one.
            if (i + 1 < text.Length && LegacyVietnameseTables.Vni.TryGetValue(text.Substring(i, 2), out var pair))
            {
                result.Append(pair);
                i++;
            }
            else if (LegacyVietnameseTables.Vni.TryGetValue(text.Substring(i, 1), out var single))
            {
                result.Append(single);
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Counts what real Vietnamese text does not contain: non-Vietnamese Latin-1 letters and symbols
    /// inside words, and syllables carrying two tone marks.
    /// </summary>
    internal static int Implausibility(string text)
    {
        var score = 0;
        var tonesInWord = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsWordCharacter(c))
            {
                tonesInWord = 0;
                continue;
            }

            if (IsForeign(c) && (IsNeighbourLetter(text, i - 1) || IsNeighbourLetter(text, i + 1)))
            {
                score++;
            }

            if (HasTone(c) && ++tonesInWord == 2)
            {
                score++;
            }
        }

        return score;
    }

    private static int ForeignLettersInWords(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForeign(text[i]) && (IsNeighbourLetter(text, i - 1) || IsNeighbourLetter(text, i + 1)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsNeighbourLetter(string text, int index) =>
        index >= 0 && index < text.Length && IsWordCharacter(text[index]);

    // TCVN3 spells letters with symbols such as '§' and '×', so those count as part of a word.
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || LegacyVietnameseTables.Tcvn3.ContainsKey(c);

    // Latin-1 characters (0xA1–0xFF) that Vietnamese does not use: the fingerprints of both encodings.
    private static bool IsForeign(char c) => c >= '\u00A1' && c <= '\u00FF' && !VietnameseLetters.Contains(c);

    private static bool HasTone(char c)
    {
        if (c < '\u00C0')
        {
            return false;
        }

        foreach (var mark in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (mark is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<char> BuildVietnameseLetters()
    {
        var letters = new HashSet<char>(LegacyVietnameseTables.Vni.Values);
        letters.UnionWith(LegacyVietnameseTables.Tcvn3.Values);
        letters.UnionWith("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐ");
        return letters;
    }
}
