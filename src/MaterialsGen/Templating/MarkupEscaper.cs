using System.Text;
using MaterialsGen.Markup;

namespace MaterialsGen.Templating;

/// <summary>XML-escapes text for element content and attribute values alike.</summary>
internal static class MarkupEscaper
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(XmlEscapes.Special) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (XmlEscapes.Entity(c) is { } entity)
            {
                builder.Append(entity);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
