using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Images;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Rendering;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using SVG = DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// Pictures as inline drawings. A PNG or JPEG whose box keeps its proportions goes in as the file; an
/// SVG goes in as itself with a PNG rendered by our raster path beside it, for readers without SVG
/// (Word before 2016, LibreOffice's older importers); anything else (WebP, a cropped or stretched
/// picture, a QR code) as the PNG our raster path draws of its box.
/// </summary>
internal sealed class DocxImages(DocxContext docx)
{
    /// <summary>Pixels per point of rendered pictures: 288 dpi, sharp in print.</summary>
    private const float Scale = 4;

    private const int MaxPixels = 2048;

    private const string SvgExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    private readonly Dictionary<(OpenXmlPart, ImageSource, Size, ImageFit), (string Picture, string? Vector)> _embedded = [];

    public W.Drawing Picture(OpenXmlPart part, ImageBlock block, float width)
    {
        var box = ImageFitting.BoxSize(block.Image.NaturalSize, block.Width, block.Height, width);
        var key = (part, block.Image, box, block.Fit);
        if (!_embedded.TryGetValue(key, out var ids))
        {
            ids = Embed(part, block.Image, box, block.Fit);
            _embedded[key] = ids;
        }

        return Inline(ids.Picture, ids.Vector, box, block.Image.Name);
    }

    public W.Drawing Qr(OpenXmlPart part, QrBlock block, float width)
    {
        var frame = block.Layout(docx.Layout, width, float.PositiveInfinity).Frame;
        var id = docx.NextRelationshipId("Image");
        Add(part, "image/png", id, Rendered(frame));
        return Inline(id, null, frame.Size, "QR");
    }

    private (string, string?) Embed(OpenXmlPart part, ImageSource image, Size box, ImageFit fit)
    {
        var id = docx.NextRelationshipId("Image");
        var natural = image.NaturalSize;
        var proportional = natural.Width > 0 && natural.Height > 0 && box.Height > 0
            && MathF.Abs((natural.Width / natural.Height) - (box.Width / box.Height)) < 0.01f * (natural.Width / natural.Height);
        byte[] Drawn() => Rendered(new Frame(box, [new ImageItem(new Rect(0, 0, box.Width, box.Height), image, fit)]));
        if (image.IsVector && image.File is { } svg)
        {
            Add(part, "image/png", id, Drawn());
            var vector = docx.NextRelationshipId("Image");
            Add(part, "image/svg+xml", vector, svg);
            return (id, vector);
        }

        if (proportional && image.File is { } png)
        {
            Add(part, "image/png", id, png);
        }
        else if (proportional && image.Jpeg is { } jpeg)
        {
            Add(part, "image/jpeg", id, jpeg);
        }
        else
        {
            Add(part, "image/png", id, Drawn());
        }

        return (id, null);
    }

    private static byte[] Rendered(Frame frame)
    {
        var size = frame.Size;
        var scale = Math.Min(Scale, MaxPixels / Math.Max(1, Math.Max(size.Width, size.Height)));
        using var stream = new MemoryStream();
        RasterWriter.Write(new PageFrame(size, frame), Math.Max(1, (int)MathF.Round(size.Width * scale)), Math.Max(1, (int)MathF.Round(size.Height * scale)), RasterFormat.Png, stream);
        return stream.ToArray();
    }

    private static void Add(OpenXmlPart part, string contentType, string id, byte[] bytes)
    {
        var image = part.AddNewPart<ImagePart>(contentType, id);
        using var stream = new MemoryStream(bytes, writable: false);
        image.FeedData(stream);
    }

    private W.Drawing Inline(string picture, string? vector, Size box, string description)
    {
        var id = docx.NextDrawingId();
        var (cx, cy) = (DocxUnits.Emu(box.Width), DocxUnits.Emu(box.Height));
        var blip = new A.Blip { Embed = picture };
        if (vector is not null)
        {
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(new SVG.SVGBlip { Embed = vector }) { Uri = SvgExtension }));
        }

        var name = $"Picture {id}";
        return new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
            }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }
}
