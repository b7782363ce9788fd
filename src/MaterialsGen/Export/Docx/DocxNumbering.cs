using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Text;
using MaterialsGen.Vietnamese;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// Lists as Word numbering, so a reader who adds an item gets the next number: one definition per
/// list (each starts at its own number), with the markup's format, suffix, marker style and hanging
/// indent. Word has no format for Vietnamese ordinal words (“Một là,”), and a marker the markup set
/// per item has no pattern either: such a list still uses Word numbering, each item with its label
/// written out.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly List<W.AbstractNum> _definitions = [];
    private readonly List<W.NumberingInstance> _instances = [];

    public bool IsEmpty => _definitions.Count == 0;

    /// <summary>The numbering id of each item's first paragraph; null where an item has no marker.</summary>
    public int?[] Register(ListBlock list, int left, int hanging, DocxFonts fonts)
    {
        var labels = list.Items.Select(i => Label(i.Marker)).ToArray();
        var ids = new int?[labels.Length];
        if (list.Numbering.Kind == ListNumberKind.None || labels.All(l => l.Length == 0))
        {
            return ids;
        }

        var marker = list.Items.Select(i => i.Marker).OfType<ParagraphBlock>().SelectMany(p => p.Spans).FirstOrDefault()?.Style;
        var run = marker is null ? [] : DocxRunProperties.Of(marker, false, null, false, fonts);
        var (format, pattern) = Pattern(list.Numbering);
        var counted = pattern is not null && labels.Select((label, i) => label == Render(format, pattern, list.Numbering.Start + i)).All(same => same);
        var definition = _definitions.Count;
        var literal = list.Numbering.Kind == ListNumberKind.Bullet ? W.NumberFormatValues.Bullet : W.NumberFormatValues.None;
        _definitions.Add(new W.AbstractNum(
            new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
            counted ? Level(list.Numbering.Start, format, pattern!, left, hanging, run) : Level(1, literal, labels[0], left, hanging, run))
        {
            AbstractNumberId = definition,
        });
        if (counted)
        {
            var id = Instance(definition, null);
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = id;
            }

            return ids;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (labels[i].Length > 0)
            {
                ids[i] = Instance(definition, Level(1, literal, labels[i], left, hanging, run));
            }
        }

        return ids;
    }

    public void Write(NumberingDefinitionsPart part)
    {
        var numbering = new W.Numbering();
        numbering.Append(_definitions);
        numbering.Append(_instances);
        part.Numbering = numbering;
    }

    private int Instance(int definition, W.Level? label)
    {
        var id = _instances.Count + 1;
        var instance = new W.NumberingInstance(new W.AbstractNumId { Val = definition }) { NumberID = id };
        if (label is not null)
        {
            instance.Append(new W.LevelOverride(label) { LevelIndex = 0 });
        }

        _instances.Add(instance);
        return id;
    }

    private static W.Level Level(int start, W.NumberFormatValues format, string text, int left, int hanging, List<DocumentFormat.OpenXml.OpenXmlElement> run)
    {
        var level = new W.Level(
            new W.StartNumberingValue { Val = start },
            new W.NumberingFormat { Val = format },
            new W.LevelText { Val = text },
            new W.LevelJustification { Val = W.LevelJustificationValues.Left },
            new W.PreviousParagraphProperties(new W.Indentation { Left = DocxUnits.Text(left), Hanging = DocxUnits.Text(hanging) }))
        {
            LevelIndex = 0,
        };
        if (run.Count > 0)
        {
            level.Append(new W.NumberingSymbolRunProperties(run.Select(e => e.CloneNode(true))));
        }

        return level;
    }

    /// <summary>Word's format and level text for a list kind (<c>%1)</c> for a) b) c)); null pattern: no Word format counts this way.</summary>
    private static (W.NumberFormatValues Format, string? Pattern) Pattern(ListNumbering numbering) => numbering.Kind switch
    {
        ListNumberKind.Decimal => (W.NumberFormatValues.Decimal, "%1" + (numbering.Marker ?? ".")),
        ListNumberKind.LowerLetter => (W.NumberFormatValues.LowerLetter, "%1" + (numbering.Marker ?? ")")),
        ListNumberKind.UpperLetter => (W.NumberFormatValues.UpperLetter, "%1" + (numbering.Marker ?? ".")),
        ListNumberKind.UpperRoman => (W.NumberFormatValues.UpperRoman, "%1" + (numbering.Marker ?? ".")),
        ListNumberKind.LowerRoman => (W.NumberFormatValues.LowerRoman, "%1" + (numbering.Marker ?? ".")),
        ListNumberKind.Bullet => (W.NumberFormatValues.Bullet, numbering.Marker ?? "•"),
        _ => (W.NumberFormatValues.None, null),
    };

    /// <summary>What Word shows for item <paramref name="number"/>, to check it against the label the layout drew.</summary>
    private static string Render(W.NumberFormatValues format, string pattern, int number)
    {
        var value = format == W.NumberFormatValues.Bullet ? string.Empty
            : format == W.NumberFormatValues.Decimal ? number.ToString(CultureInfo.InvariantCulture)
            : number < 1 ? "?"
            : format == W.NumberFormatValues.LowerLetter ? new string((char)('a' + ((number - 1) % 26)), ((number - 1) / 26) + 1)
            : format == W.NumberFormatValues.UpperLetter ? new string((char)('A' + ((number - 1) % 26)), ((number - 1) / 26) + 1)
            : number > 3999 ? "?"
            : format == W.NumberFormatValues.UpperRoman ? RomanNumerals.ToRoman(number)
            : RomanNumerals.ToRoman(number).ToLowerInvariant();
        return pattern.Replace("%1", value, StringComparison.Ordinal);
    }

    private static string Label(Block? marker) =>
        marker is ParagraphBlock paragraph ? string.Concat(paragraph.Spans.Where(s => s.Field == TextField.None).Select(s => s.Text)) : string.Empty;
}
