using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Blocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// Turns blocks into the body elements of one container (the document body, a header, a table cell),
/// <paramref name="width"/> points wide. Stacks dissolve into their children with the stack's gaps as
/// paragraph spacing, spacers and page breaks carry over to the next paragraph, lists indent what
/// they hold; rows, boxes and tables become Word tables.
/// </summary>
internal sealed class DocxFlow(DocxContext docx, OpenXmlPart part, float width, bool inCell = false)
{
    private readonly List<OpenXmlElement> _elements = [];
    private float _space;
    private bool _pageBreak;
    private int _indent;
    private float _indentPoints;
    private (int Id, int Hanging)? _number;

    /// <summary>The elements so far, ended as a table cell must be: with a paragraph.</summary>
    public List<OpenXmlElement> Finish()
    {
        if (_elements.Count == 0 || _elements[^1] is W.Table)
        {
            _elements.Add(DocxParagraphs.Spacer(_space, false));
        }

        return _elements;
    }

    public void Add(Block block)
    {
        switch (block)
        {
            case StackBlock stack:
                for (var i = 0; i < stack.Children.Length; i++)
                {
                    _space += (i == 0 ? 0 : stack.Gap + stack.Children[i - 1].SpaceAfter) + stack.Children[i].SpaceBefore;
                    Add(stack.Children[i]);
                }

                break;
            case ParagraphBlock paragraph:
                _elements.Add(DocxParagraphs.Text(paragraph, Take(), inCell, docx, part));
                break;
            case ListBlock list:
                List(list);
                break;
            case TableBlock table:
                Table(DocxTables.Table(table, Room, _indent, docx, part));
                break;
            case RowBlock row:
                Table(DocxTables.Row(row, Room, _indent, docx, part));
                break;
            case BoxBlock box when DocxTables.IsPlain(box):
                Add(box.Child);
                break;
            case BoxBlock box:
                Table(DocxTables.Box(box, Room, _indent, docx, part));
                break;
            case ImageBlock image:
                _elements.Add(DocxParagraphs.Picture(docx.Images.Picture(part, image, Room), image.Align, Take()));
                break;
            case QrBlock qr:
                _elements.Add(DocxParagraphs.Picture(docx.Images.Qr(part, qr, Room), qr.Align, Take()));
                break;
            case RuleBlock rule:
                _elements.Add(DocxParagraphs.Rule(rule, RuleIndents(rule)));
                break;
            case SpacerBlock spacer:
                _space += spacer.Height;
                break;
            case PageBreakBlock:
                _pageBreak = true;
                break;
            default:
                // DocxSupport reports what Word cannot express before anything is written.
                throw new InvalidOperationException($"{block.GetType().Name} reached the DOCX writer unchecked");
        }
    }

    private float Room => Math.Max(1, width - _indentPoints);

    private void List(ListBlock list)
    {
        var indent = list.Indent ?? (list.Items.IsEmpty ? 0 : list.Items.Max(i => i.Marker?.MaxWidth(docx.Layout) ?? 0) + list.MarkerGap);
        var hanging = DocxUnits.Twips(indent);
        var ids = docx.Numbering.Register(list, _indent + hanging, hanging, docx.Fonts);
        _indent += hanging;
        _indentPoints += indent;
        for (var i = 0; i < list.Items.Length; i++)
        {
            _space += i == 0 ? 0 : list.Gap + list.Items[i - 1].Content.SpaceAfter;
            // The item's first paragraph carries the number, hanging in the indent as the layout draws the marker.
            _number = ids[i] is { } id ? (id, hanging) : null;
            Add(list.Items[i].Content);
            _number = null;
        }

        _indent -= hanging;
        _indentPoints -= indent;
    }

    private DocxPlacement Take()
    {
        var at = new DocxPlacement(DocxUnits.Twips(_space), 0, _pageBreak, _indent, 0, _number?.Hanging ?? 0, _number?.Id);
        _space = 0;
        _pageBreak = false;
        _number = null;
        return at;
    }

    private DocxPlacement RuleIndents(RuleBlock rule)
    {
        var at = Take() with { Hanging = 0, NumberingId = null };
        var spare = Math.Max(0, Room - (rule.Length ?? Room));
        var (left, right) = rule.Align switch
        {
            HorizontalAlign.Center => (spare / 2, spare / 2),
            HorizontalAlign.Right => (spare, 0f),
            _ => (0f, spare),
        };
        return at with { Left = _indent + DocxUnits.Twips(left), Right = DocxUnits.Twips(right) };
    }

    /// <summary>
    /// A table takes the room before it as the previous paragraph's space after (Word has no space
    /// before a table); two tables in a row need a paragraph between them, or Word joins them.
    /// </summary>
    private void Table(W.Table table)
    {
        if (_pageBreak || (_elements.Count > 0 && _elements[^1] is W.Table))
        {
            _elements.Add(DocxParagraphs.Spacer(_space, _pageBreak));
        }
        else if (_space > 0 && _elements.Count > 0 && _elements[^1] is W.Paragraph { ParagraphProperties: { } previous })
        {
            var spacing = previous.SpacingBetweenLines ??= new W.SpacingBetweenLines();
            var after = int.TryParse(spacing.After?.Value, out var a) ? a : 0;
            spacing.After = DocxUnits.Text(after + DocxUnits.Twips(_space));
        }

        _space = 0;
        _pageBreak = false;
        _elements.Add(table);
    }
}
