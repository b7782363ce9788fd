using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Reporting;

public sealed class DiagnosticNoteTests
{
    [Fact]
    public void A_content_located_diagnostic_prints_the_template_line_as_a_note_on_its_own_line()
    {
        var origin = new SourceOrigin(new SourceSpan("templates/infographic.sbn", 135, 9), new SourceSpan("data/x.yaml", 9, 31));

        var diagnostic = Diagnostic.At(Severity.Error, "MG0301", "no font has a glyph for U+0F00 'ༀ'", origin);

        Assert.Equal(
            "data/x.yaml:9:31: error MG0301: no font has a glyph for U+0F00 'ༀ'\ntemplates/infographic.sbn:135:9: note: printed here",
            diagnostic.ToString());
    }

    [Fact]
    public void Text_written_by_the_template_itself_has_no_note()
    {
        var diagnostic = Diagnostic.At(Severity.Error, "MG0301", "m", new SourceOrigin(new SourceSpan("templates/t.sbn", 3, 22), SourceSpan.None));

        Assert.Empty(diagnostic.Notes);
        Assert.Equal("templates/t.sbn:3:22: error MG0301: m", diagnostic.ToString());
    }

    [Fact]
    public void Diagnostics_with_different_notes_are_different_and_a_bag_keeps_each_once()
    {
        var a = Diagnostic.Error("MG0402", "m", new SourceSpan("data/x.yaml", 5, 3)).WithNote(new SourceSpan("templates/t.sbn", 4, 6), "in this box");
        var b = Diagnostic.Error("MG0402", "m", new SourceSpan("data/x.yaml", 5, 3)).WithNote(new SourceSpan("templates/t.sbn", 9, 6), "in this box");
        var bag = new DiagnosticBag();

        bag.Add(a);
        bag.Add(b);
        bag.Add(a with { });

        Assert.NotEqual(a, b);
        Assert.Equal([a, b], bag.Items);
    }
}
