using System.Collections.Immutable;
using System.Xml;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Markup;

/// <summary>Reads layout markup (XML) into an element tree, every node carrying its mapped position.</summary>
internal static class MarkupParser
{
    public static MarkupElement? Parse(string markup, SourceMap map, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = 50_000_000,
        };
        try
        {
            using var text = new StringReader(markup);
            using var reader = XmlReader.Create(text, settings);
            var info = (IXmlLineInfo)reader;
            reader.MoveToContent();
            return ReadElement(reader, info, map);
        }
        catch (XmlException e)
        {
            diagnostics.Error("MG0201", $"markup is not well-formed: {StripPosition(e.Message)}", map.Map(e.LineNumber, e.LinePosition));
            return null;
        }
    }

    private static MarkupElement ReadElement(XmlReader reader, IXmlLineInfo info, SourceMap map)
    {
        var span = map.Map(info.LineNumber, info.LinePosition);
        var name = reader.Name;
        var attributes = ImmutableArray.CreateBuilder<MarkupAttribute>();
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                attributes.Add(new MarkupAttribute(reader.Name, reader.Value, map.Map(info.LineNumber, info.LinePosition)));
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        var children = ImmutableArray.CreateBuilder<MarkupNode>();
        if (!reader.IsEmptyElement)
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        children.Add(ReadElement(reader, info, map));
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        children.Add(new MarkupText(reader.Value, map.Map(info.LineNumber, info.LinePosition)));
                        break;
                    case XmlNodeType.EndElement:
                        return new MarkupElement(name, attributes.ToImmutable(), children.ToImmutable(), span);
                    default:
                        break;
                }
            }
        }

        return new MarkupElement(name, attributes.ToImmutable(), children.ToImmutable(), span);
    }

    private static string StripPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd(',', ' ') : message;
    }
}
