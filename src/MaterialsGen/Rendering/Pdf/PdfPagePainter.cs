using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// Writes one page's frames as a PDF content stream: the PDF counterpart of <see cref="FramePainter"/>,
/// item for item, so a PDF page and a PNG of it show the same thing. The stream starts by flipping the
/// y axis, so every coordinate is the layout's own (points from the top-left). Everything drawn is
/// marked: text and figures as content of their structure element, the rest (backgrounds, rules,
/// running headers and footers) as artifacts a screen reader skips.
/// </summary>
internal sealed class PdfPagePainter
{
    private const float Kappa = 0.5522848f;
    private readonly PdfBuffer _out;
    private readonly PdfResources _resources;
    private readonly PdfStructure _structure;
    private readonly int _page;
    private readonly IReadOnlyDictionary<Color, CmykColor> _cmyk;
    private PdfStructure.Element _element;
    private StructureTag? _artifact;

    // The marked-content sequence open in the stream: an element's, an artifact's, or none.
    private PdfStructure.Element? _openElement;
    private StructureTag? _openArtifact;
    private Color? _fill;
    private Color? _stroke;
    private float _lineWidth = 1;
    private byte _alpha = 255;

    private PdfPagePainter(PdfBuffer output, PdfResources resources, PdfStructure structure, int page, IReadOnlyDictionary<Color, CmykColor> cmyk)
    {
        _out = output;
        _cmyk = cmyk;
        _resources = resources;
        _structure = structure;
        _page = page;
        _element = structure.Root;
    }

    /// <summary>Links on the page, in the layout's coordinates, with their Link element (null in an artifact), for the page's annotations.</summary>
    public List<(LinkItem Link, PdfStructure.Element? Element)> Links { get; } = [];

    /// <summary>Headings on the page with their top in the layout's coordinates, for bookmarks.</summary>
    public List<(AnchorItem Anchor, float Top)> Anchors { get; } = [];

    /// <param name="cmyk">Print values of brand colours; empty for RGB only.</param>
    public static PdfPagePainter Paint(Frame frame, float pageHeight, PdfBuffer output, PdfResources resources, PdfStructure structure, int page, IReadOnlyDictionary<Color, CmykColor> cmyk)
    {
        var painter = new PdfPagePainter(output, resources, structure, page, cmyk);
        output.Raw("1 0 0 -1 0 ").Num(pageHeight).Raw("cm\n");
        painter.Paint(frame, 0, 0);
        painter.Close();
        return painter;
    }

    private void Paint(Frame frame, float dx, float dy)
    {
        foreach (var item in frame.Items)
        {
            switch (item)
            {
                case FrameRef { Tag: { } tag } child:
                    Tagged(tag, child, dx, dy);
                    break;
                case FrameRef child:
                    Paint(child.Frame, dx + child.Offset.X, dy + child.Offset.Y);
                    break;
                case GlyphRunItem run:
                    Text(run, dx, dy);
                    break;
                case RectItem rect:
                    Mark(InFigure);
                    Rectangle(rect, dx, dy);
                    break;
                case LineItem line when line.Color.A > 0 && line.Thickness > 0:
                    Mark(InFigure);
                    Stroke(line.Color, line.Thickness);
                    _out.Num(line.From.X + dx).Num(line.From.Y + dy).Raw("m ").Num(line.To.X + dx).Num(line.To.Y + dy).Raw("l S\n");
                    break;
                case ImageItem image:
                    Mark(InFigure);
                    Image(image, dx, dy);
                    break;
                case EmojiItem emoji:
                    Emoji(emoji, dx, dy);
                    break;
                case LinkItem link:
                    var element = _artifact is null && _element.Role == StructureRole.Link ? _element : null;
                    Links.Add((link with { Rect = new Rect(link.Rect.X + dx, link.Rect.Y + dy, link.Rect.Width, link.Rect.Height) }, element));
                    break;
                case AnchorItem anchor:
                    Anchors.Add((anchor, dy));
                    break;
                default:
                    break;
            }
        }
    }

    private void Text(GlyphRunItem run, float dx, float dy)
    {
        if (run.Glyphs.Length == 0 || run.Color.A == 0)
        {
            return;
        }

        var font = _resources.Font(run.Face);
        var actualText = !font.MapsExactly(run);
        if (actualText)
        {
            BeginActualText(run.Text);
        }
        else
        {
            Mark(content: true);
        }

        Fill(run.Color);
        _out.Raw("BT /").Raw(font.ResourceName).Byte((byte)' ').Num(run.Size).Raw("Tf\n");
        var x0 = run.Origin.X + dx;
        var y0 = run.Origin.Y + dy;
        var scale = run.Size / 1000f;
        var pen = 0f;
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            if (i == 0 || run.Y[i] != run.Y[i - 1])
            {
                // A new line of positioning: glyphs raised or lowered (marks, superscripts) start one.
                if (i > 0)
                {
                    _out.Raw(">] TJ\n");
                }

                _out.Raw("1 0 0 -1 ").Num(x0 + run.X[i]).Num(y0 + run.Y[i]).Raw("Tm [<");
                pen = run.X[i];
            }
            else
            {
                // TJ moves the pen by each glyph's advance; where the layout put the glyph elsewhere
                // (kerning, justification) an adjustment in thousandths of an em moves it there.
                var adjust = (pen - run.X[i]) / scale;
                if (MathF.Abs(adjust) >= 0.5f)
                {
                    var rounded = MathF.Round(adjust, 3);
                    _out.Byte((byte)'>').Number(rounded).Byte((byte)'<');
                    pen -= rounded * scale;
                }
            }

            _out.Hex4(run.Glyphs[i]);
            pen += font.Metrics.Advance(run.Glyphs[i]) * scale;
        }

        _out.Raw(">] TJ ET\n");
        if (actualText)
        {
            _out.Raw("EMC\n");
        }
    }

    /// <summary>Drawings are content only inside a figure (a picture, a QR code); elsewhere they are decoration.</summary>
    private bool InFigure => _element.Role == StructureRole.Figure;

    private void Tagged(StructureTag tag, FrameRef child, float dx, float dy)
    {
        var (element, artifact) = (_element, _artifact);
        if (tag.Role == StructureRole.Artifact)
        {
            // The outermost artifact says what kind it is; what is inside stays part of it.
            _artifact ??= tag;
        }
        else if (_artifact is null)
        {
            _element = _structure.Child(_element, tag);
        }

        Paint(child.Frame, dx + child.Offset.X, dy + child.Offset.Y);
        (_element, _artifact) = (element, artifact);
    }

    /// <summary>
    /// Opens the marked-content sequence the next drawing belongs to, unless it is already open:
    /// consecutive drawings of one element share one sequence (one marked-content id).
    /// </summary>
    private void Mark(bool content)
    {
        if (content && _artifact is null)
        {
            if (_openElement == _element)
            {
                return;
            }

            Close();
            var mcid = _structure.Mark(_element, _page);
            _out.Byte((byte)'/').Raw(_element.Type).Raw(" <</MCID ").Int(mcid).Raw(">> BDC\n");
            _openElement = _element;
            return;
        }

        var artifact = _artifact ?? StructureTag.Decoration;
        if (_openArtifact == artifact)
        {
            return;
        }

        Close();
        _out.Raw(artifact.Artifact switch
        {
            ArtifactKind.Header => "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n",
            ArtifactKind.Footer => "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n",
            ArtifactKind.Pagination => "/Artifact <</Type /Pagination>> BDC\n",
            _ => "/Artifact BMC\n",
        });
        _openArtifact = artifact;
    }

    private void Close()
    {
        if (_openElement is not null || _openArtifact is not null)
        {
            _out.Raw("EMC\n");
            (_openElement, _openArtifact) = (null, null);
        }
    }

    private void Rectangle(RectItem item, float dx, float dy)
    {
        var rect = new Rect(item.Rect.X + dx, item.Rect.Y + dy, item.Rect.Width, item.Rect.Height);
        if (rect.Width <= 0 || rect.Height <= 0)
        {
            return;
        }

        if (item.Fill is { } fill && (fill.Color.A > 0 || fill.GradientTo is { A: > 0 }))
        {
            if (fill.GradientTo is { } to)
            {
                Gradient(rect, item.Radius, fill, to);
            }
            else
            {
                Fill(fill.Color);
                Path(rect, item.Radius);
                _out.Raw("f\n");
            }
        }

        var border = item.Border;
        if (border.IsNone || border.Color.A == 0)
        {
            return;
        }

        if (border.IsUniform)
        {
            var w = border.Width.Top;
            Stroke(border.Color, w);
            Path(new Rect(rect.X + (w / 2), rect.Y + (w / 2), rect.Width - w, rect.Height - w), Math.Max(0, item.Radius - (w / 2)));
            _out.Raw("S\n");
            return;
        }

        // Sides of different widths are drawn as bands inside the box edge.
        var b = border.Width;
        Fill(border.Color);
        var before = _out.Length;
        Band(new Rect(rect.X, rect.Y, rect.Width, b.Top));
        Band(new Rect(rect.X, rect.Bottom - b.Bottom, rect.Width, b.Bottom));
        Band(new Rect(rect.X, rect.Y, b.Left, rect.Height));
        Band(new Rect(rect.Right - b.Right, rect.Y, b.Right, rect.Height));
        if (_out.Length > before)
        {
            _out.Raw("f\n");
        }
    }

    /// <summary>A side of zero width adds nothing: viewers would otherwise draw an empty fill as a hairline.</summary>
    private void Band(Rect side)
    {
        if (side.Width > 0 && side.Height > 0)
        {
            Path(side, 0);
        }
    }

    private void Gradient(Rect rect, float radius, Paint fill, Color to)
    {
        var radians = fill.GradientAngle * MathF.PI / 180;
        var (cx, cy) = (rect.X + (rect.Width / 2), rect.Y + (rect.Height / 2));
        var (hx, hy) = (MathF.Sin(radians) * rect.Width / 2, -MathF.Cos(radians) * rect.Height / 2);
        var shading = new PdfBuffer(160).Raw("<</ShadingType 2 /ColorSpace /DeviceRGB /Coords [")
            .Num(cx - hx).Num(cy - hy).Num(cx + hx).Number(cy + hy).Raw("] /Function <</FunctionType 2 /Domain [0 1] /C0 [");
        Components(shading, fill.Color).Raw("] /C1 [");
        Components(shading, to).Raw("] /N 1>> /Extend [true true]>>");
        var name = _resources.Shading(System.Text.Encoding.ASCII.GetString(shading.Span));
        _out.Raw("q ");
        Alpha(fill.Color.A);
        Path(rect, radius);
        _out.Raw("W n /").Raw(name).Raw(" sh Q\n");
        ForgetState();
    }

    private void Image(ImageItem item, float dx, float dy)
    {
        var box = new Rect(item.Rect.X + dx, item.Rect.Y + dy, item.Rect.Width, item.Rect.Height);
        var draw = item.DrawRect;
        var dest = new Rect(draw.X + dx, draw.Y + dy, draw.Width, draw.Height);
        var name = _resources.Image(item.Image);
        _out.Raw("q ");

        // Pictures are drawn opaque, as on the raster canvas: not in whatever opacity the text before left set.
        Alpha(255);
        if (item.Fit == ImageFit.Cover)
        {
            Path(box, 0);
            _out.Raw("W n ");
        }

        if (item.Image.Vector is { } picture && PdfImage.IsForm(item.Image))
        {
            // The form keeps the picture's own coordinates (y down), scaled and moved into place.
            var cull = picture.CullRect;
            var (sx, sy) = (dest.Width / cull.Width, dest.Height / cull.Height);
            Path(dest, 0);
            _out.Raw("W n ").Num(sx).Raw("0 0 ").Num(sy).Num(dest.X - (cull.Left * sx)).Num(dest.Y - (cull.Top * sy)).Raw("cm /");
        }
        else
        {
            // An image fills the unit square with its first row at the top of y-up space: flip it back.
            _out.Num(dest.Width).Raw("0 0 ").Num(-dest.Height).Num(dest.X).Num(dest.Y + dest.Height).Raw("cm /");
        }

        _out.Raw(name).Raw(" Do Q\n");
        ForgetState();
    }

    /// <summary>
    /// An emoji: its picture (a vector form like any SVG), and over it, in the same marked span, an
    /// invisible space stretched to the picture's width whose /ActualText is the emoji, so a viewer's
    /// search, copy and pdftotext read "👍" where it is drawn. An emoji is text: part of its paragraph
    /// or link, never an artifact unless that is one.
    /// </summary>
    private void Emoji(EmojiItem item, float dx, float dy)
    {
        if (item.Text.Length == 0)
        {
            Mark(content: true);
            Image(new ImageItem(item.Rect, item.Image, ImageFit.Contain), dx, dy);
            return;
        }

        BeginActualText(item.Text);
        Image(new ImageItem(item.Rect, item.Image, ImageFit.Contain), dx, dy);
        var font = _resources.Font(item.Face);
        var glyph = font.AddInvisible();
        var advance = font.Metrics.Advance(glyph) * item.Size / 1000f;
        var stretch = advance > 0 ? 100 * item.Rect.Width / advance : 100;
        _out.Raw("BT 3 Tr /").Raw(font.ResourceName).Byte((byte)' ').Num(item.Size).Raw("Tf ").Num(stretch).Raw("Tz 1 0 0 -1 ")
            .Num(item.Rect.X + dx).Num(item.Baseline + dy).Raw("Tm <").Hex4(glyph).Raw("> Tj 100 Tz 0 Tr ET\nEMC\n");
    }

    /// <summary>
    /// Opens a /Span whose /ActualText readers take instead of what is drawn (an emoji, glyphs that do
    /// not map back to their text); the caller closes it with EMC. In content it is a Span element of its
    /// own, a child of the current one with the same /ActualText, in a marked-content sequence of its own:
    /// a Span without an MCID nested in an element's sequence ends that sequence for poppler's structure
    /// reader (pdfinfo -struct-text lost the rest of a paragraph after its first emoji).
    /// </summary>
    private void BeginActualText(string text)
    {
        if (_artifact is not null)
        {
            Mark(content: true);
            _out.Raw("/Span <</ActualText ").TextString(text).Raw(">> BDC\n");
            return;
        }

        Close();
        var span = _structure.Child(_element, new StructureTag(StructureRole.Span) { Alt = text });
        _out.Raw("/Span <</MCID ").Int(_structure.Mark(span, _page)).Raw(" /ActualText ").TextString(text).Raw(">> BDC\n");
    }

    /// <summary>A rectangle, with corners rounded by quarter-circle Béziers when <paramref name="radius"/> is positive.</summary>
    private void Path(Rect r, float radius)
    {
        radius = Math.Min(radius, Math.Min(r.Width, r.Height) / 2);
        if (radius <= 0)
        {
            _out.Num(r.X).Num(r.Y).Num(r.Width).Num(r.Height).Raw("re ");
            return;
        }

        var k = radius * (1 - Kappa);
        var (l, t, rt, b) = (r.X, r.Y, r.Right, r.Bottom);
        _out.Num(l + radius).Num(t).Raw("m ").Num(rt - radius).Num(t).Raw("l ");
        _out.Num(rt - k).Num(t).Num(rt).Num(t + k).Num(rt).Num(t + radius).Raw("c ");
        _out.Num(rt).Num(b - radius).Raw("l ").Num(rt).Num(b - k).Num(rt - k).Num(b).Num(rt - radius).Num(b).Raw("c ");
        _out.Num(l + radius).Num(b).Raw("l ").Num(l + k).Num(b).Num(l).Num(b - k).Num(l).Num(b - radius).Raw("c ");
        _out.Num(l).Num(t + radius).Raw("l ").Num(l).Num(t + k).Num(l + k).Num(t).Num(l + radius).Num(t).Raw("c h ");
    }

    private void Fill(Color color)
    {
        Alpha(color.A);
        if (_fill != color)
        {
            Paint(color, stroke: false);
            _fill = color;
        }
    }

    private void Stroke(Color color, float width)
    {
        Alpha(color.A);
        if (_stroke != color)
        {
            Paint(color, stroke: true);
            _stroke = color;
        }

        if (_lineWidth != width)
        {
            _out.Num(width).Raw("w ");
            _lineWidth = width;
        }
    }

    private void Alpha(byte alpha)
    {
        if (_alpha != alpha)
        {
            _out.Byte((byte)'/').Raw(_resources.Opacity(alpha)).Raw(" gs ");
            _alpha = alpha;
        }
    }

    /// <summary>After Q the graphics state is the one before q, which these fields may no longer describe.</summary>
    private void ForgetState()
    {
        _fill = null;
        _stroke = null;
        _lineWidth = -1;
        _alpha = 0;
    }

    /// <summary>
    /// Sets a colour for the press: black and greys as DeviceGray (black ink only, not four inks
    /// stacked), brand colours as their CMYK values, everything else as RGB.
    /// </summary>
    private void Paint(Color color, bool stroke)
    {
        if (color.R == color.G && color.G == color.B)
        {
            _out.Number(color.R / 255.0).Raw(stroke ? " G " : " g ");
        }
        else if (_cmyk.Count > 0 && _cmyk.TryGetValue(color with { A = 255 }, out var ink))
        {
            _out.Num(ink.C).Num(ink.M).Num(ink.Y).Number(ink.K).Raw(stroke ? " K " : " k ");
        }
        else
        {
            Components(_out, color).Raw(stroke ? " RG " : " rg ");
        }
    }

    private static PdfBuffer Components(PdfBuffer buffer, Color color) =>
        buffer.Num(color.R / 255.0).Num(color.G / 255.0).Number(color.B / 255.0);
}
