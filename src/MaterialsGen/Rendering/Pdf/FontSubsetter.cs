using System.Runtime.InteropServices;
using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// Cuts a font down to the glyphs a document uses, with HarfBuzz's subsetter (in the native library
/// HarfBuzzSharp ships, though its managed API does not wrap it). Glyph ids are retained, so the
/// glyph ids the layout chose are the character ids of the PDF font (Identity-H, no CIDToGIDMap table).
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint RetainGlyphIds = 0x2;
    private const uint NoHinting = 0x1;

    /// <summary>The subset font's bytes, or null when HarfBuzz cannot subset it (the caller embeds the whole font).</summary>
    public static byte[]? Subset(FontFace face, IEnumerable<ushort> glyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            hb_subset_input_set_flags(input, RetainGlyphIds | NoHinting);
            var glyphSet = hb_subset_input_glyph_set(input);
            hb_set_add(glyphSet, 0);
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
            }

            // No characters are kept: the PDF addresses glyphs by id and carries the text in its own ToUnicode map.
            hb_set_clear(hb_subset_input_unicode_set(input));
            var subset = hb_subset_or_fail(face.HbFaceHandle, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0)
                    {
                        return null;
                    }

                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_set_clear(IntPtr set);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);
}
