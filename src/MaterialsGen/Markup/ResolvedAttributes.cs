using MaterialsGen.Diagnostics;

namespace MaterialsGen.Markup;

/// <summary>
/// An element's attributes after its classes are applied (class values first, its own written values
/// win), and checked against the schema so every unknown name is reported once, where it is written.
/// </summary>
internal sealed class ResolvedAttributes
{
    private readonly Dictionary<string, MarkupAttribute> _values = new(StringComparer.Ordinal);

    public ResolvedAttributes(MarkupElement element, IReadOnlyDictionary<string, MarkupElement> styles, DiagnosticBag diagnostics)
    {
        var allowed = MarkupSchema.Elements[element.Name].Attributes;
        if (element.Attribute("class") is { } classes)
        {
            foreach (var name in classes.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!styles.TryGetValue(name, out var style))
                {
                    diagnostics.Error("MG0206", $"unknown class '{name}'{NearestName.Suggest(name, styles.Keys)}", classes.Span);
                    continue;
                }

                foreach (var attribute in style.Attributes)
                {
                    // A class may carry settings for several kinds of element; each takes what applies to it.
                    if (attribute.Name != "name" && allowed.Contains(attribute.Name))
                    {
                        _values[attribute.Name] = attribute;
                    }
                }
            }
        }

        foreach (var attribute in element.Attributes)
        {
            if (!allowed.Contains(attribute.Name))
            {
                diagnostics.Error(
                    "MG0203",
                    $"<{element.Name}> has no attribute '{attribute.Name}'{NearestName.Suggest(attribute.Name, allowed)}",
                    attribute.Span);
                continue;
            }

            if (attribute.Name != "class")
            {
                _values[attribute.Name] = attribute;
            }
        }
    }

    public MarkupAttribute? this[string name] => _values.GetValueOrDefault(name);
}
