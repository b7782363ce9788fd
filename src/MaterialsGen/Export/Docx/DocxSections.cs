using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Paging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// A markup page as a Word section: paper size and orientation, margins, and its header and footer
/// as their own parts. Word places the header at the top margin and the body below it, so the body's
/// top margin is the page margin plus the header and its gap, as the layout puts them (likewise at
/// the bottom). With a different first page (Decree 30 numbers pages from the second) the first page
/// gets its own header and footer, empty unless the markup gives some.
/// </summary>
internal static class DocxSections
{
    public static W.SectionProperties Properties(PageSection section, DocxContext docx, MainDocumentPart main)
    {
        var width = section.PageSize.Width - section.Margin.Horizontal;
        var properties = new W.SectionProperties();
        // A first page without a header of its own still needs an empty one, or Word repeats the default there.
        if (section.Header is { } header)
        {
            properties.Append(Reference<HeaderPart>(W.HeaderFooterValues.Default, header, width, docx, main));
        }

        if (section.DifferentFirstPage && (section.Header ?? section.FirstHeader) is not null)
        {
            properties.Append(Reference<HeaderPart>(W.HeaderFooterValues.First, section.FirstHeader, width, docx, main));
        }

        if (section.Footer is { } footer)
        {
            properties.Append(Reference<FooterPart>(W.HeaderFooterValues.Default, footer, width, docx, main));
        }

        if (section.DifferentFirstPage && (section.Footer ?? section.FirstFooter) is not null)
        {
            properties.Append(Reference<FooterPart>(W.HeaderFooterValues.First, section.FirstFooter, width, docx, main));
        }

        var size = section.PageSize;
        var page = new W.PageSize { Width = (uint)DocxUnits.Twips(size.Width), Height = (uint)DocxUnits.Twips(size.Height) };
        if (size.Width > size.Height)
        {
            page.Orient = W.PageOrientationValues.Landscape;
        }

        var margin = section.Margin;
        var top = Extent(section.Header, section.HeaderGap, width, docx);
        var bottom = Extent(section.Footer, section.FooterGap, width, docx);
        properties.Append(
            page,
            new W.PageMargin
            {
                Top = DocxUnits.Twips(margin.Top + top),
                Bottom = DocxUnits.Twips(margin.Bottom + bottom),
                Left = (uint)DocxUnits.Twips(margin.Left),
                Right = (uint)DocxUnits.Twips(margin.Right),
                Header = (uint)DocxUnits.Twips(margin.Top),
                Footer = (uint)DocxUnits.Twips(margin.Bottom),
                Gutter = 0U,
            });
        if (section.DifferentFirstPage)
        {
            properties.Append(new W.TitlePage());
        }

        return properties;
    }

    private static OpenXmlElement Reference<T>(W.HeaderFooterValues type, Block? block, float width, DocxContext docx, MainDocumentPart main)
        where T : OpenXmlPart, IFixedContentTypePart
    {
        var part = main.AddNewPart<T>(docx.NextRelationshipId(typeof(T) == typeof(HeaderPart) ? "Header" : "Footer"));
        var flow = new DocxFlow(docx, part, width);
        if (block is not null)
        {
            flow.Add(block);
        }

        var elements = flow.Finish();
        var id = main.GetIdOfPart(part);
        if (part is HeaderPart header)
        {
            header.Header = new W.Header(elements);
            return new W.HeaderReference { Type = type, Id = id };
        }

        ((FooterPart)(OpenXmlPart)part).Footer = new W.Footer(elements);
        return new W.FooterReference { Type = type, Id = id };
    }

    /// <summary>How much a header or footer takes from the body: its height (with wide page numbers) and its gap.</summary>
    private static float Extent(Block? block, float gap, float width, DocxContext docx)
    {
        if (block is null)
        {
            return 0;
        }

        var height = block.Layout(docx.Layout with { PageNumber = 888, PageCount = 888 }, width, float.PositiveInfinity).Frame.Size.Height;
        return height > 0 ? height + gap : 0;
    }
}
