using System.Globalization;
using System.Text;

namespace MaterialsGen.Vietnamese;

/// <summary>ASCII file-name slugs from Vietnamese text: "Chi bộ khu phố 5" → "chi-bo-khu-pho-5".</summary>
internal static class VietnameseSlug
{
    /// <summary>
    /// Lowercase ASCII letters and digits joined by single '-'. Marks are dropped; "đ" becomes "d"
    /// by hand because it is a letter of its own, not "d" plus a mark, so decomposition keeps it.
    /// </summary>
    public static string ToSlug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(lower);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return slug.ToString();
    }
}
