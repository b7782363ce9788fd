using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Text;
using MaterialsGen.Tests.Pipeline;
using MaterialsGen.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Tests.Export;

/// <summary>The text of every paragraph, list item and table cell, read back with the OpenXml SDK, is the content's.</summary>
[Collection(DocxCollection.Name)]
public sealed class DocxRoundTripTests(DocxSample sample)
{
    [Theory]
    [MemberData(nameof(DocxSample.EachKind), MemberType = typeof(DocxSample))]
    public void Every_paragraph_reads_back_as_the_bound_text_in_order(string name)
    {
        var bound = sample.Bound(name);
        var expected = bound.Sections.SelectMany(s => Texts(s.Body)).ToList();
        using var document = sample.Open(name);
        var actual = DocxText.Paragraphs(document.MainDocumentPart!.Document!.Body!);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [Fact]
    public void List_items_are_the_yaml_items_and_table_cells_the_references()
    {
        using var party = sample.Open("tai-lieu-kp5-tien-thanh");
        var items = party.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null).Select(DocxText.Of).ToList();
        Assert.Equal([.. HandoutPdfTests.ListTexts("4-tich-cuc.yaml"), .. HandoutPdfTests.ListTexts("9-khong.yaml")], items.Take(13));

        using var designed = sample.Open("tai-lieu-sinh-hoat");
        var cells = designed.MainDocumentPart!.Document!.Body!.Elements<W.Table>()
            .Single(t => t.GetFirstChild<W.TableProperties>()!.TableStyle?.Val == "TableGrid")
            .Elements<W.TableRow>().Skip(1).Select(r => r.Elements<W.TableCell>().Select(DocxText.Of).ToList()).ToList();
        var issuers = File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", "van-ban.yaml"))
            .Where(l => l.TrimStart().StartsWith("issuer:", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Trim('"'))
            .ToList();
        Assert.Equal(issuers, cells.Select(c => c[1]));
        Assert.All(cells, c => Assert.Equal(3, c.Count));
    }

    /// <summary>The text each paragraph of the bound tree holds, in the order a reader meets them; list markers are Word's numbering, not text.</summary>
    private static IEnumerable<string> Texts(Block block) => block switch
    {
        ParagraphBlock paragraph => [string.Concat(paragraph.Spans.Where(s => s.Field == TextField.None).Select(s => s.Text))],
        StackBlock stack => stack.Children.SelectMany(Texts),
        BoxBlock box => Texts(box.Child),
        RowBlock row => row.Columns.SelectMany(c => Texts(c.Content)),
        TableBlock table => table.Header.Concat(table.Body).SelectMany(Texts),
        ListBlock list => list.Items.SelectMany(i => Texts(i.Content)),
        _ => [],
    };
}
