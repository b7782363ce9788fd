using System.Text;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Tests.Support;
using SkiaSharp;

namespace MaterialsGen.Tests.Layout;

/// <summary>The font library leaves out, with its path and the reason, each file it cannot make a face of, and keeps the others.</summary>
public sealed class UnreadableFontTests
{
    private static byte[] Tinos => File.ReadAllBytes(Path.Combine(RepoPaths.Fonts, "tinos", "Tinos-Regular.ttf"));

    /// <summary>Tinos with its maxp table's tag spoilt: FreeType (Skia) still opens it, HarfBuzz finds no glyphs in it.</summary>
    private static byte[] WithoutMaxp()
    {
        var font = Tinos;
        var tables = (font[4] << 8) | font[5];
        var record = Enumerable.Range(0, tables).Select(i => 12 + (16 * i)).Single(at => Encoding.ASCII.GetString(font, at, 4) == "maxp");
        font[record] = (byte)'z';
        return font;
    }

    public static TheoryData<string, string> Bad => new()
    {
        { "empty", "the file is empty" },
        { "text", "it is not a TrueType or OpenType font, or it is damaged" },
        { "no-glyphs", "it declares no glyphs (its maxp table is missing or damaged)" },
    };

    private static byte[] BytesOf(string kind) => kind switch
    {
        "empty" => [],
        "text" => "not a font\n"u8.ToArray(),
        _ => WithoutMaxp(),
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void A_file_that_is_no_font_is_left_out_with_its_path_and_reason(string kind, string reason)
    {
        using var library = FontLibrary.Load([("fonts/hong.ttf", BytesOf(kind)), ("fonts/tinos/Tinos-Regular.ttf", Tinos)]);

        Assert.Equal(["fonts/tinos/Tinos-Regular.ttf"], library.Faces.Select(f => f.Path));
        Assert.Equal(new UnreadableFont("fonts/hong.ttf", reason), Assert.Single(library.Unreadable));
        Assert.NotNull(library.Resolve("Tinos", 400, italic: false));
    }

    [Fact]
    public void The_font_without_glyphs_is_one_Skia_reads()
    {
        using var data = SKData.CreateCopy(WithoutMaxp());
        using var typeface = SKTypeface.FromData(data);
        Assert.Equal("Tinos", typeface?.FamilyName);
    }

    [Fact]
    public void A_file_the_project_could_not_read_is_left_out_with_the_reason_given()
    {
        using var library = FontLibrary.Load([("fonts/tinos/Tinos-Regular.ttf", Tinos)], unread: [new UnreadableFont("fonts/locked.ttf", "the file cannot be read: Permission denied")]);
        Assert.Single(library.Faces);
        Assert.Equal(
            "fonts/locked.ttf: warning MG0303: not a font file MaterialsGen can read (the file cannot be read: Permission denied), so it is left out of the fonts; replace it with a .ttf or .otf font, or remove it",
            Assert.Single(library.Unreadable).Warning().ToString());
    }
}
