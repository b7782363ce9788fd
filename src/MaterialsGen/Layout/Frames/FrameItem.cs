using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Layout.Frames;

/// <summary>
/// Something drawn, positioned relative to its frame's top-left. The layout result is made only of
/// these, and every writer (PDF, PNG, JPEG, WebP) draws the same items: formats cannot disagree.
/// </summary>
internal abstract record FrameItem
{
    /// <summary>
    /// The markup offset of the element (or text) the item was laid out from, −1 when unknown; the
    /// document's origin map turns it into template and content positions (<see cref="Paging.LaidOutDocument.Locate"/>).
    /// </summary>
    public int SourceOffset { get; init; } = -1;
}

/// <summary>
/// Glyphs of one face and size on one baseline. <see cref="Text"/> and <see cref="Clusters"/> (the
/// UTF-16 offset in <see cref="Text"/> of each glyph's cluster) let the PDF carry the real text back;
/// <see cref="SourceOffsets"/> holds each glyph's markup offset (its cluster's first character), as Typst's
/// glyphs keep a span and an offset, so a click on a word maps back to the content and template.
/// </summary>
internal sealed record GlyphRunItem(
    Point Origin,
    FontFace Face,
    float Size,
    Color Color,
    ushort[] Glyphs,
    float[] X,
    float[] Y,
    string Text,
    int[] Clusters) : FrameItem
{
    public float Width { get; init; }

    /// <summary>Markup offset of each glyph's cluster, parallel to <see cref="Glyphs"/>; null when the text has no origins.</summary>
    public int[]? SourceOffsets { get; init; }
}

/// <summary>A filled and/or stroked rectangle with rounded corners.</summary>
internal sealed record RectItem(Rect Rect, Paint? Fill, Border Border, float Radius) : FrameItem
{
    /// <summary>
    /// Edges snap to whole pixels in raster output instead of being anti-aliased, so squares that
    /// touch (QR modules) leave no light seams between them. No effect on vector output.
    /// </summary>
    public bool Crisp { get; init; }
}

/// <summary>A straight line, for rules, underlines and strike-through.</summary>
internal sealed record LineItem(Point From, Point To, Color Color, float Thickness) : FrameItem;

/// <summary>A clickable area that opens a URI (a PDF link annotation; nothing in raster images).</summary>
internal sealed record LinkItem(Rect Rect, string Uri) : FrameItem;

/// <summary>Where a heading starts: the PDF writer turns these into bookmarks; nothing is drawn.</summary>
internal sealed record AnchorItem(string Title, int Level) : FrameItem;

/// <summary>A nested frame placed at an offset.</summary>
internal sealed record FrameRef(Point Offset, Frame Frame) : FrameItem
{
    /// <summary>The structure element everything in the frame belongs to (tagged PDF); null when it only groups.</summary>
    public StructureTag? Tag { get; init; }

    /// <summary>
    /// Added to the markup offsets of the items inside (−1, unknown, stays unknown): a line of text shared
    /// with an identical paragraph elsewhere keeps that paragraph's offsets, and this says how much further
    /// on in the markup this one stands (<see cref="Text.SharedLineSets"/>).
    /// </summary>
    public int SourceShift { get; init; }
}

/// <summary>
/// A picture scaled into <see cref="Rect"/> as <see cref="Fit"/> says; SVG stays vector in the PDF.
/// </summary>
internal sealed record ImageItem(Rect Rect, ImageSource Image, ImageFit Fit) : FrameItem
{
    /// <summary>Where the whole picture lands; with cover it overhangs <see cref="Rect"/> and is clipped.</summary>
    public Rect DrawRect => ImageFitting.DrawRect(Image.NaturalSize, Rect, Fit);
}

/// <summary>
/// An emoji drawn in a line of text as a picture from the project's emoji set, standing for
/// <see cref="Text"/> (the whole cluster; empty on the later pictures of a cluster drawn in parts). The
/// PDF gives the text back with /ActualText over an invisible glyph of <see cref="Face"/> at
/// <see cref="Size"/> on <see cref="Baseline"/>, so copying and searching find the emoji.
/// </summary>
internal sealed record EmojiItem(Rect Rect, ImageSource Image, string Text, FontFace Face, float Size, float Baseline) : FrameItem;
