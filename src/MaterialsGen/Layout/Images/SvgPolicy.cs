using System.Xml;

namespace MaterialsGen.Layout.Images;

/// <summary>
/// What an SVG may refer to before Svg.Skia sees it: only its own elements (<c>#id</c>) and inline
/// <c>data:</c> URIs. A link to another file or a URL would let a build read outside the project or
/// depend on the network, and the same input must always give the same bytes.
/// </summary>
internal static class SvgPolicy
{
    /// <summary>Why the SVG is refused, or null when it is self-contained.</summary>
    public static string? Check(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = SafetyLimits.ImageFileBytes };
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || !reader.MoveToFirstAttribute())
                {
                    continue;
                }

                do
                {
                    var value = reader.Value.Trim();
                    if (reader.LocalName == "href" && value.Length > 0 && value[0] != '#' && !value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                    {
                        return $"refers to '{value}' outside itself; embed it as a data: URI";
                    }
                }
                while (reader.MoveToNextAttribute());
            }
        }
        catch (XmlException e)
        {
            return $"is not well-formed SVG ({e.Message})";
        }

        return null;
    }
}
