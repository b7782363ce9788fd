using MaterialsGen.Diagnostics;
using MaterialsGen.Export.Docx;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Export;

/// <summary>
/// The faces a Word file depends on, found from its bound document without laying it out: never fewer
/// than its laid-out pages would draw with, and the same missing-glyph errors as layout, at the same place.
/// </summary>
public sealed class DocxFacesTests
{
    // Bold Tinos body text with a symbol only the fallback has (✓, Noto Sans Symbols 2), an emoji, a span
    // in another family, a list whose markers are set in a third weight, a table, and page numbers in a
    // header and a first-page footer.
    private const string Markup = """
        <document><page font="Tinos" different-first-page="true">
          <header><p weight="bold">Trang <page-number/>/<page-count/></p></header>
          <first-footer><p italic="true">Trang <page-number/></p></first-footer>
          <p weight="bold">Đã làm ✓ 👍 <span font="Be Vietnam Pro" weight="semibold">tiêu đề</span></p>
          <list type="number" marker-weight="bold" marker-font="Be Vietnam Pro"><item><p weight="bold">một</p></item><item><p weight="bold">hai</p></item></list>
          <table columns="1* 1*"><tr><td weight="bold" italic="true">ô một</td><td weight="bold">ô hai</td></tr></table>
        </page></document>
        """;

    private static LayoutDocument Bind(string markup, DiagnosticBag diagnostics)
    {
        var root = MarkupParser.Parse(markup, SourceMap.Identity("test.xml"), diagnostics);
        Assert.NotNull(root);
        var document = MarkupBinder.Bind(root, diagnostics);
        Assert.True(document is not null, string.Join("\n", diagnostics.Items));
        return document;
    }

    private static HashSet<string> Drawn(LaidOutDocument laid)
    {
        var items = laid.Pages.SelectMany(p => p.Frame.Flatten()).Select(i => i.Item).ToList();
        return [.. items.OfType<GlyphRunItem>().Select(g => g.Face.Path).Concat(items.OfType<EmojiItem>().Select(e => e.Face.Path))];
    }

    [Fact]
    public void Every_face_the_laid_out_pages_draw_with_is_found_fallbacks_and_emoji_included()
    {
        var bound = Bind(Markup, new DiagnosticBag());
        var layoutBag = new DiagnosticBag();
        var drawn = Drawn(Paginator.Paginate(bound, TestFonts.Library, layoutBag));
        Assert.False(layoutBag.HasErrors, string.Join("\n", layoutBag.Items));

        var found = DocxFaces.Of(Bind(Markup, new DiagnosticBag()), TestFonts.Library, new DiagnosticBag());
        var paths = found.Faces.Select(f => f.Path).ToHashSet();

        Assert.Contains("fonts/noto-sans-symbols-2/NotoSansSymbols2_400Regular.ttf", drawn);
        Assert.Subset(paths, drawn);
        Assert.True(found.Emoji);
    }

    [Fact]
    public void The_regular_face_of_each_family_is_found_for_the_font_table_even_where_no_text_is_regular()
    {
        // The Word file's font table copies each family's PANOSE numbers from its regular face.
        var drawn = Drawn(Paginator.Paginate(Bind(Markup, new DiagnosticBag()), TestFonts.Library, new DiagnosticBag()));
        var found = DocxFaces.Of(Bind(Markup, new DiagnosticBag()), TestFonts.Library, new DiagnosticBag());
        var paths = found.Faces.Select(f => f.Path).ToHashSet();
        Assert.DoesNotContain(TestFonts.Library.Resolve("Tinos", 400, italic: false)!.Path, drawn);
        Assert.DoesNotContain(TestFonts.Library.Resolve("Be Vietnam Pro", 400, italic: false)!.Path, drawn);
        Assert.Contains(TestFonts.Library.Resolve("Tinos", 400, italic: false)!.Path, paths);
        Assert.Contains(TestFonts.Library.Resolve("Be Vietnam Pro", 400, italic: false)!.Path, paths);
    }

    [Fact]
    public void A_page_number_is_found_in_the_face_it_is_set_in()
    {
        // The paragraph is nothing but fields, in a face no other text uses.
        const string markup = "<document><page font=\"Tinos\"><footer><p font=\"Be Vietnam Pro\" weight=\"extrabold\"><page-number/><page-count/></p></footer><p>x</p></page></document>";
        var found = DocxFaces.Of(Bind(markup, new DiagnosticBag()), TestFonts.Library, new DiagnosticBag());
        Assert.Contains(TestFonts.Library.Resolve("Be Vietnam Pro", 800, italic: false)!, found.Faces);
    }

    [Fact]
    public void A_glyph_no_font_has_is_the_error_layout_reports_at_the_same_place()
    {
        const string markup = "<document><page font=\"Tinos\"><p>Kinh ༀ văn</p><footer><p>ༀ <page-number/></p></footer></page></document>";
        var layoutBag = new DiagnosticBag();
        Paginator.Paginate(Bind(markup, layoutBag), TestFonts.Library, layoutBag);
        var wordBag = new DiagnosticBag();
        DocxFaces.Of(Bind(markup, wordBag), TestFonts.Library, wordBag);

        // Layout names the footer's text with the page numbers it measured (888) and drew; the Word file's
        // shows 1 until the word processor numbers its pages.
        var expected = layoutBag.Items.Where(d => d.Code == "MG0301").ToList();
        var found = wordBag.Items.Where(d => d.Code == "MG0301").ToList();
        Assert.Subset(expected.ToHashSet(), found.ToHashSet());
        Assert.Equal(expected.Select(d => (d.Span.Line, d.Span.Column)).Distinct().Order().ToList(), found.Select(d => (d.Span.Line, d.Span.Column)).Distinct().Order().ToList());
        Assert.Equal(2, found.Count);
        Assert.All(wordBag.Items, d => Assert.Equal("MG0301", d.Code));
    }
}
