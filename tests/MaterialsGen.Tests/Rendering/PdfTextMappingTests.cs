using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;
using UglyToad.PdfPig;

namespace MaterialsGen.Tests.Rendering;

/// <summary>
/// A PDF font has one ToUnicode map, but a glyph can stand for different text in different places. The
/// first meaning goes in the map; a run that means something else with the same glyph carries /ActualText.
/// </summary>
public sealed class PdfTextMappingTests
{
    [Fact]
    public void One_glyph_with_two_meanings_keeps_both_texts()
    {
        var face = TestFonts.Library.Resolve("Tinos", 400, false)!;
        Assert.True(face.HbFont.TryGetNominalGlyph('f', out var fGlyph));
        Assert.True(face.HbFont.TryGetNominalGlyph('i', out var iGlyph));
        var (f, i) = ((ushort)fGlyph, (ushort)iGlyph);

        // "fi" as one cluster drawn with the glyph of "f" (as a ligature would be), then "f" and "i" alone.
        var ligature = Run(face, [f], "fi", [0], y: 50);
        var plain = Run(face, [f, i], "fi", [0, 1], y: 80);
        var page = new PageFrame(new Size(200, 120), new Frame(new Size(200, 120), [ligature, plain]));
        using var stream = new MemoryStream();
        PdfWriter.Write(new LaidOutDocument(new DocumentInfo("t", "a", "s", "k"), [page]), stream, DateTime.UnixEpoch);
        var bytes = stream.ToArray();

        // The map gives the first meaning: the glyph of "f" reads back as "fi" where the ligature stands.
        using var pdf = PdfDocument.Open(bytes);
        var letters = pdf.GetPage(1).Letters.Select(l => l.Value).ToList();
        Assert.Equal(["fi", "fi", "i"], letters);

        // The second run, where that glyph means only "f", says what it really reads.
        Assert.Contains("/ActualText <FEFF00660069>", PdfStreams.Inflated(bytes), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(PdfStreams.Inflated(bytes), "/ActualText"));
    }

    private static GlyphRunItem Run(MaterialsGen.Layout.Fonts.FontFace face, ushort[] glyphs, string text, int[] clusters, float y) =>
        new(new Point(10, y), face, 20, Color.Black, glyphs, [.. glyphs.Select((_, n) => n * 10f)], new float[glyphs.Length], text, clusters);
}
