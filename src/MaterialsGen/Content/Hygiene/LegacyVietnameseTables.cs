namespace MaterialsGen.Content.Hygiene;

/// <summary>
/// Character tables for the legacy encodings, as they appear once a legacy file has been read as
/// Windows-1252 (which is what copying from an old .doc into a Unicode editor produces).
/// Kept as data so a wrong entry is a one-character fix, checked by tests on known words.
/// </summary>
internal static class LegacyVietnameseTables
{
    /// <summary>
    /// TCVN3 bytes 0xA0–0xFF, one Unicode letter per byte; '·' marks bytes that are not letters
    /// (no-break space, and the five combining tone marks at 0xB0–0xB4 which VN3 fonts never used).
    /// Uppercase toned letters were typed with the lowercase codes in ".VnTimeH" fonts, so they come
    /// back lowercase.
    /// </summary>
    private const string Tcvn3High =
        "·ĂÂÊÔƠƯĐăâêôơưđẰ" +
        "·····àảãáạẲằẳẵắẴ" +
        "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" +
        "éẹềểễếệìỉỄẾỒĩíịò" +
        "Ổỏõóọồổỗốộờởỡớợù" +
        "ỖủũúụừửữứựỳỷỹýỵỐ";

    /// <summary>
    /// VNI rows: Unicode letters without tone, then with sắc, huyền, hỏi, ngã, nặng; beside them the VNI
    /// spelling of each, space separated.
    /// </summary>
    private static readonly (string Letters, string Vni)[] VniRows =
    [
        ("aáàảãạ", "a aù aø aû aõ aï"),
        ("âấầẩẫậ", "aâ aá aà aå aã aä"),
        ("ăắằẳẵặ", "aê aé aè aú aü aë"),
        ("eéèẻẽẹ", "e eù eø eû eõ eï"),
        ("êếềểễệ", "eâ eá eà eå eã eä"),
        ("iíìỉĩị", "i í ì æ ó ò"),
        ("oóòỏõọ", "o où oø oû oõ oï"),
        ("ôốồổỗộ", "oâ oá oà oå oã oä"),
        ("ơớờởỡợ", "ô ôù ôø ôû ôõ ôï"),
        ("uúùủũụ", "u uù uø uû uõ uï"),
        ("ưứừửữự", "ö öù öø öû öõ öï"),
        ("yýỳỷỹỵ", "y yù yø yû yõ î"),
        ("AÁÀẢÃẠ", "A AÙ AØ AÛ AÕ AÏ"),
        ("ÂẤẦẨẪẬ", "AÂ AÁ AÀ AÅ AÃ AÄ"),
        ("ĂẮẰẲẴẶ", "AÊ AÉ AÈ AÚ AÜ AË"),
        ("EÉÈẺẼẸ", "E EÙ EØ EÛ EÕ EÏ"),
        ("ÊẾỀỂỄỆ", "EÂ EÁ EÀ EÅ EÃ EÄ"),
        ("IÍÌỈĨỊ", "I Í Ì Æ Ó Ò"),
        ("OÓÒỎÕỌ", "O OÙ OØ OÛ OÕ OÏ"),
        ("ÔỐỒỔỖỘ", "OÂ OÁ OÀ OÅ OÃ OÄ"),
        ("ƠỚỜỞỠỢ", "Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ"),
        ("UÚÙỦŨỤ", "U UÙ UØ UÛ UÕ UÏ"),
        ("ƯỨỪỬỮỰ", "Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ"),
        ("YÝỲỶỸỴ", "Y YÙ YØ YÛ YÕ Î"),
        ("đ", "ñ"),
        ("Đ", "Ñ"),
    ];

    /// <summary>TCVN3 character (as read in Windows-1252) to the Unicode letter it stands for.</summary>
    public static IReadOnlyDictionary<char, char> Tcvn3 { get; } = BuildTcvn3();

    /// <summary>VNI spelling (one or two characters) to the Unicode letter it stands for.</summary>
    public static IReadOnlyDictionary<string, char> Vni { get; } = BuildVni();

    private static Dictionary<char, char> BuildTcvn3()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Tcvn3High.Length; i++)
        {
            if (Tcvn3High[i] != '·')
            {
                map.Add((char)(0xA0 + i), Tcvn3High[i]);
            }
        }

        return map;
    }

    private static Dictionary<string, char> BuildVni()
    {
        var map = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var (letters, vni) in VniRows)
        {
            var spellings = vni.Split(' ');
            for (var i = 0; i < letters.Length; i++)
            {
                // Plain vowels map to themselves; only the marked forms are VNI-specific.
                if (spellings[i].Length > 1 || spellings[i][0] != letters[i])
                {
                    map.Add(spellings[i], letters[i]);
                }
            }
        }

        return map;
    }
}
