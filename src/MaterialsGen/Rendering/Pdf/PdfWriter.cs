using System.Globalization;
using System.Text;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// Writes a laid-out document as a PDF: vector pages drawn from the same frames as raster output,
/// subset TrueType fonts addressed by glyph id with a ToUnicode map (the text copies back exactly),
/// link annotations, bookmarks from headings and the document language. Nothing in the file depends
/// on the clock or on chance, so equal input gives byte-identical files.
/// </summary>
internal static class PdfWriter
{
    // Each thread assembles its documents in the same two buffers instead of allocating them anew.
    [ThreadStatic]
    private static PdfBuffer? t_file;

    [ThreadStatic]
    private static PdfBuffer? t_content;

    public static void Write(LaidOutDocument document, Stream output, DateTime timestamp) => Write(document, output, timestamp, PdfOptions.Default);

    public static void Write(LaidOutDocument document, Stream output, DateTime timestamp, PdfOptions options)
    {
        var archival = options.Standards.HasFlag(PdfStandards.A2b);
        var cmyk = archival ? PdfOptions.Default.Cmyk : options.Cmyk;
        var file = new PdfFile(t_file ??= new PdfBuffer(64 * 1024), options.Cache);
        var resources = new PdfResources();

        // Every glyph is seen before any page is written, so each run can tell whether the document's
        // one ToUnicode map per font gives its text back or it needs /ActualText.
        foreach (var page in document.Pages)
        {
            AddGlyphs(page.Frame, resources);
        }

        var catalog = file.Reserve();
        var pageTree = file.Reserve();
        var resourceObject = file.Reserve();
        var info = file.Reserve();
        var pages = new int[document.Pages.Length];
        var headings = new List<PdfOutline.Heading>();
        var content = t_content ??= new PdfBuffer(32 * 1024);
        var structure = new PdfStructure(document.Pages.Length);
        for (var i = 0; i < document.Pages.Length; i++)
        {
            pages[i] = file.Reserve();
        }

        for (var i = 0; i < document.Pages.Length; i++)
        {
            var page = document.Pages[i];
            var height = page.Size.Height;
            content.Clear();
            var painter = PdfPagePainter.Paint(page.Frame, height, content, resources, structure, i, cmyk);
            var contentObject = file.Reserve();
            file.Stream(contentObject, string.Empty, content.Span);

            var trim = page.Trim ?? new Rect(0, 0, page.Size.Width, height);
            var dictionary = new PdfBuffer(256).Raw("<</Type /Page /Parent ").Int(pageTree).Raw(" 0 R /MediaBox [0 0 ")
                .Num(page.Size.Width).Number(height).Raw("] /TrimBox [").Num(trim.X).Num(height - trim.Bottom).Num(trim.Right).Number(height - trim.Y).Raw("]");
            if (page.Bleed is { } bleed)
            {
                dictionary.Raw(" /BleedBox [").Num(bleed.X).Num(height - bleed.Bottom).Num(bleed.Right).Number(height - bleed.Y).Raw("]");
            }

            dictionary.Raw(" /Resources ").Int(resourceObject).Raw(" 0 R /Contents ").Int(contentObject).Raw(" 0 R /StructParents ").Int(i).Raw(" /Tabs /S");
            if (painter.Links.Count > 0)
            {
                dictionary.Raw(" /Annots [");
                foreach (var (link, element) in painter.Links)
                {
                    var annotation = file.Reserve();
                    var body = new PdfBuffer(256).Raw("<</Type /Annot /Subtype /Link /Rect [").Num(link.Rect.X).Num(height - link.Rect.Bottom)
                        .Num(link.Rect.Right).Number(height - link.Rect.Y).Raw("] /F 4 /Border [0 0 0] /Contents ").TextString(element?.Tag?.Alt ?? link.Uri)
                        .Raw(" /A <</S /URI /URI ").LiteralString(AsciiUri(link.Uri)).Raw(">>");
                    if (element is not null)
                    {
                        body.Raw(" /StructParent ").Int(structure.Annotation(element, i, annotation));
                    }

                    file.Object(annotation, body.Raw(">>"));
                    dictionary.Int(annotation).Raw(" 0 R ");
                }

                dictionary.Raw("]");
            }

            file.Object(pages[i], dictionary.Raw(">>"));
            foreach (var (anchor, top) in painter.Anchors)
            {
                if (anchor.Title.Length > 0)
                {
                    headings.Add(new(i, height - top, anchor.Level, anchor.Title));
                }
            }
        }

        resources.Write(file, resourceObject);
        var kids = new PdfBuffer(16 + (pages.Length * 8)).Raw("<</Type /Pages /Kids [");
        foreach (var page in pages)
        {
            kids.Int(page).Raw(" 0 R ");
        }

        file.Object(pageTree, kids.Raw("] /Count ").Int(pages.Length).Raw(">>"));
        var outline = PdfOutline.Write(file, headings, pages);
        var structTree = structure.Write(file, pages);

        // Tagged: readers take the reading order, headings, lists, tables and alt text from the structure tree.
        var root = new PdfBuffer(256).Raw("<</Type /Catalog /Pages ").Int(pageTree).Raw(" 0 R /Lang ").TextString(document.Info.Language)
            .Raw(" /StructTreeRoot ").Int(structTree).Raw(" 0 R /MarkInfo <</Marked true>> /ViewerPreferences <</DisplayDocTitle true");
        if (document.Duplex == DuplexMode.FlipShortEdge)
        {
            root.Raw(" /Duplex /DuplexFlipShortEdge");
        }
        else if (document.Duplex == DuplexMode.FlipLongEdge)
        {
            root.Raw(" /Duplex /DuplexFlipLongEdge");
        }

        root.Raw(">>");
        if (options.Standards != PdfStandards.None)
        {
            root.Raw(" /Metadata ").Int(PdfMetadata.WriteXmp(file, document.Info, timestamp, options.Standards)).Raw(" 0 R");
        }

        if (archival)
        {
            root.Raw(" /OutputIntents ").Raw(PdfMetadata.WriteOutputIntent(file));
        }
        if (outline is { } outlineRoot)
        {
            root.Raw(" /Outlines ").Int(outlineRoot).Raw(" 0 R /PageMode /UseOutlines");
        }

        file.Object(catalog, root.Raw(">>"));
        file.Object(info, Info(document.Info, timestamp));
        file.Finish(catalog, info, output);
    }

    private static void AddGlyphs(Frame frame, PdfResources resources)
    {
        foreach (var item in frame.Items)
        {
            if (item is GlyphRunItem run)
            {
                resources.Font(run.Face).Add(run);
            }
            else if (item is EmojiItem { Text.Length: > 0 } emoji)
            {
                resources.Font(emoji.Face).AddInvisible();
            }
            else if (item is FrameRef child)
            {
                AddGlyphs(child.Frame, resources);
            }
        }
    }

    private static PdfBuffer Info(DocumentInfo info, DateTime timestamp)
    {
        var buffer = new PdfBuffer(512).Raw("<<");
        foreach (var (key, value) in new[] { ("Title", info.Title), ("Author", info.Author), ("Subject", info.Subject), ("Keywords", info.Keywords) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                buffer.Raw("/").Raw(key).Byte((byte)' ').TextString(value).Byte((byte)' ');
            }
        }

        // Fixed dates (manifest or SOURCE_DATE_EPOCH) keep two builds of the same input byte-identical.
        var date = "D:" + timestamp.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        return buffer.Raw("/Creator (" + PdfMetadata.Producer + ") /Producer (" + PdfMetadata.Producer + ") /CreationDate ").LiteralString(date)
            .Raw(" /ModDate ").LiteralString(date).Raw(">>");
    }

    /// <summary>PDF URIs are 7-bit ASCII: anything else is percent-encoded as UTF-8.</summary>
    private static string AsciiUri(string uri)
    {
        var builder = new StringBuilder(uri.Length);
        foreach (var b in Encoding.UTF8.GetBytes(uri))
        {
            if (b is < 0x21 or >= 0x7F)
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }
}
