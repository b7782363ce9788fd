using System.Xml;

namespace MaterialsGen.Layout.Images;

/// <summary>
/// What an SVG may refer to before Svg.Skia sees it: only its own elements (<c>#id</c>) and inline
/// <c>data:</c> URIs. A link to another file or a URL would let a build read outside the project or
/// depend on the network, and the same input must always give the same bytes. It also bounds what
/// drawing the file costs: nesting depth, and elements drawn once every <c>&lt;use&gt;</c> is expanded
/// (ten uses of ten uses of … is a small file that draws billions of shapes).
/// </summary>
internal static class SvgPolicy
{
    /// <summary>Why the SVG is refused, or null when it is self-contained and within the limits.</summary>
    public static string? Check(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = SafetyLimits.ImageFileBytes };
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        var elements = new SvgElementGraph();
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth >= SafetyLimits.SvgNesting)
                {
                    return $"nests elements deeper than {SafetyLimits.SvgNesting} levels";
                }

                string? id = null, reference = null;
                var depth = reader.Depth;
                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        var value = reader.Value.Trim();
                        if (reader.LocalName == "href" && value.Length > 0 && value[0] != '#' && !value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                        {
                            return $"refers to '{value}' outside itself; embed it as a data: URI";
                        }

                        if (reader.LocalName == "href" && value.StartsWith('#'))
                        {
                            reference = value[1..];
                        }
                        else if (reader.LocalName == "id")
                        {
                            id = value;
                        }
                    }
                    while (reader.MoveToNextAttribute());
                }

                elements.Add(depth, id, reference);
                if (elements.Count > SafetyLimits.SvgElements)
                {
                    return $"has more than {SafetyLimits.SvgElements:N0} elements";
                }
            }
        }
        catch (XmlException e)
        {
            return $"is not well-formed SVG ({e.Message})";
        }

        return elements.DrawnElements() switch
        {
            null => "has <use> references that lead back to themselves",
            > SafetyLimits.SvgElements => $"draws more than {SafetyLimits.SvgElements:N0} elements once its <use> references are expanded",
            _ => null,
        };
    }
}
