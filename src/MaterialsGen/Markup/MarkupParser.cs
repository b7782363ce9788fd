using System.Collections.Immutable;
using System.Xml;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Markup;

/// <summary>
/// Reads layout markup (XML) into an element tree. Every node carries its mapped position and its markup
/// offset; text and attribute values carry the offset of each character, so layout can trace any glyph
/// back through the source map.
/// </summary>
internal static class MarkupParser
{
    public static MarkupElement? Parse(string markup, SourceMap map, DiagnosticBag diagnostics)
    {
        map = map.ForMarkup(markup);
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
            return new Reader(reader, info, map, markup).ReadElement() with { Sources = map };
        }
        catch (XmlException e)
        {
            diagnostics.Error("MG0201", $"markup is not well-formed: {StripPosition(e.Message)}", map.Map(e.LineNumber, e.LinePosition));
            return null;
        }
        catch (NestedTooDeepException e)
        {
            diagnostics.Error("MG0504", $"layout markup nested deeper than {SafetyLimits.MarkupNesting} elements", e.Span);
            return null;
        }
    }

    /// <summary>Elements past the nesting limit: binding and layout recurse per level, and a stack overflow ends the whole process.</summary>
    private sealed class NestedTooDeepException(SourceSpan span) : Exception
    {
        public SourceSpan Span { get; } = span;
    }

    private static string StripPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd(',', ' ') : message;
    }

    private sealed class Reader(XmlReader reader, IXmlLineInfo info, SourceMap map, string markup)
    {
        private int _hint = -1;

        public MarkupElement ReadElement()
        {
            var offset = Offset();
            var span = map.WrittenAt(offset, ref _hint);
            if (reader.Depth >= SafetyLimits.MarkupNesting)
            {
                throw new NestedTooDeepException(span);
            }

            var name = reader.Name;
            var attributes = ImmutableArray.CreateBuilder<MarkupAttribute>();
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    var at = Offset();
                    var value = reader.Value;
                    attributes.Add(new MarkupAttribute(reader.Name, value, map.WrittenAt(at, ref _hint))
                    {
                        ValueOffsets = MarkupOffsets.Decode(markup, MarkupOffsets.AttributeValueStart(markup, at), value, cdata: false),
                    });
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
                            children.Add(ReadElement());
                            break;
                        case XmlNodeType.Text:
                        case XmlNodeType.CDATA:
                        case XmlNodeType.Whitespace:
                        case XmlNodeType.SignificantWhitespace:
                            children.Add(Text());
                            break;
                        case XmlNodeType.EndElement:
                            return new MarkupElement(name, attributes.ToImmutable(), children.ToImmutable(), span) { Offset = offset };
                        default:
                            break;
                    }
                }
            }

            return new MarkupElement(name, attributes.ToImmutable(), children.ToImmutable(), span) { Offset = offset };
        }

        private MarkupText Text()
        {
            var offset = Offset();
            var value = reader.Value;
            return new MarkupText(value, map.WrittenAt(offset, ref _hint))
            {
                Offset = offset,
                Offsets = MarkupOffsets.Decode(markup, offset, value, reader.NodeType == XmlNodeType.CDATA),
            };
        }

        private int Offset() => map.Markup.OffsetOf(info.LineNumber, info.LinePosition);
    }
}
