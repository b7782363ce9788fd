using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Images;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// The named resources of one document (fonts, opacity states, gradients, images), shared by all its
/// pages through one resource dictionary, and written once at the end.
/// </summary>
internal sealed class PdfResources
{
    private readonly Dictionary<FontFace, PdfFont> _fonts = [];
    private readonly SortedDictionary<byte, string> _opacities = [];
    private readonly List<string> _shadings = [];
    private readonly Dictionary<ImageSource, string> _images = [];

    public PdfFont Font(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            _fonts[face] = font = new PdfFont(face, "F" + (_fonts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return font;
    }

    /// <summary>The graphics state that sets fill and stroke opacity to <paramref name="alpha"/>/255.</summary>
    public string Opacity(byte alpha)
    {
        if (!_opacities.TryGetValue(alpha, out var name))
        {
            _opacities[alpha] = name = "G" + alpha.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>Adds a shading dictionary and returns its name.</summary>
    public string Shading(string dictionary)
    {
        _shadings.Add(dictionary);
        return "Sh" + _shadings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Image(ImageSource image)
    {
        if (!_images.TryGetValue(image, out var name))
        {
            _images[image] = name = "Im" + (_images.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>Writes every resource and the dictionary naming them as object <paramref name="number"/>.</summary>
    public void Write(PdfFile file, int number)
    {
        var dictionary = new PdfBuffer(512).Raw("<<");
        if (_fonts.Count > 0)
        {
            dictionary.Raw("/Font <<");
            foreach (var font in _fonts.Values)
            {
                var fontObject = file.Reserve();
                font.Write(file, fontObject);
                dictionary.Raw("/").Raw(font.ResourceName).Raw(" ").Int(fontObject).Raw(" 0 R ");
            }

            dictionary.Raw(">> ");
        }

        if (_opacities.Count > 0)
        {
            dictionary.Raw("/ExtGState <<");
            foreach (var (alpha, name) in _opacities)
            {
                dictionary.Raw("/").Raw(name).Raw(" <</ca ").Num(alpha / 255.0).Raw("/CA ").Number(alpha / 255.0).Raw(">> ");
            }

            dictionary.Raw(">> ");
        }

        if (_shadings.Count > 0)
        {
            dictionary.Raw("/Shading <<");
            for (var i = 0; i < _shadings.Count; i++)
            {
                dictionary.Raw("/Sh").Int(i + 1).Raw(" ").Raw(_shadings[i]).Raw(" ");
            }

            dictionary.Raw(">> ");
        }

        if (_images.Count > 0)
        {
            dictionary.Raw("/XObject <<");
            foreach (var (image, name) in _images)
            {
                var imageObject = file.Reserve();
                PdfImage.Write(file, imageObject, image);
                dictionary.Raw("/").Raw(name).Raw(" ").Int(imageObject).Raw(" 0 R ");
            }

            dictionary.Raw(">> ");
        }

        file.Object(number, dictionary.Raw(">>"));
    }
}
