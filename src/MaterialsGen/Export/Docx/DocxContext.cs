using System.Collections.Immutable;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// What the parts of one document share while it is written: styles, numbering, fonts, pictures, and
/// the counters that keep relationship and drawing ids unique and the same on every build.
/// </summary>
internal sealed class DocxContext
{
    private readonly Dictionary<(OpenXmlPart, string), string> _links = [];
    private int _relationships;
    private uint _drawings;

    public DocxContext(LayoutContext layout, DocxStyles styles, ImmutableArray<EditableFontName> fontNames)
    {
        Layout = layout;
        Styles = styles;
        Fonts = new DocxFonts(layout.Fonts, fontNames);
        Images = new DocxImages(this);
    }

    /// <summary>Fonts and measuring for what Word needs in numbers: list indents, column widths, header heights.</summary>
    public LayoutContext Layout { get; }

    public DocxStyles Styles { get; }

    public DocxFonts Fonts { get; }

    public DocxNumbering Numbering { get; } = new();

    public DocxImages Images { get; }

    public string NextRelationshipId(string kind) => $"r{kind}{++_relationships}";

    public uint NextDrawingId() => ++_drawings;

    /// <summary>The relationship id of an external link from <paramref name="part"/>, added once per target.</summary>
    public string Link(OpenXmlPart part, string target)
    {
        if (!_links.TryGetValue((part, target), out var id))
        {
            id = NextRelationshipId("Link");
            var uri = Uri.TryCreate(target, UriKind.RelativeOrAbsolute, out var parsed) ? parsed : new Uri(Uri.EscapeDataString(target), UriKind.Relative);
            part.AddHyperlinkRelationship(uri, isExternal: true, id);
            _links[(part, target)] = id;
        }

        return id;
    }
}
