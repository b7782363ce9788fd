using System.Collections.Immutable;
using System.Text;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Markup;

/// <summary>
/// Turns inline markup into styled spans. White space collapses as in HTML (runs of spaces and line
/// breaks become one space, none at the paragraph's ends); <c>&lt;br/&gt;</c> is a forced line break.
/// Every character of a span keeps the markup offset it came from (a collapsed space, the first white
/// space character of its run), so layout can trace it through the source map.
/// </summary>
internal sealed class InlineBinder(BindContext context)
{
    private readonly List<TextSpan> _spans = [];
    private bool _pendingSpace;
    private int _pendingOrigin = -1;

    // Reused for every text node: only the finished span's runs are allocated.
    private readonly OffsetRuns.Builder _origins = new();

    public void Add(MarkupNode node, TextProps props, string? link)
    {
        switch (node)
        {
            case MarkupText text:
                AddText(text.Text, props, link, text);
                break;
            case MarkupElement element:
                AddElement(element, props, link);
                break;
            default:
                break;
        }
    }

    public ImmutableArray<TextSpan> Build()
    {
        if (_spans.Count > 0 && _spans[^1].Text.EndsWith(' '))
        {
            var last = _spans[^1];
            var text = last.Text.TrimEnd(' ');
            _spans[^1] = last with { Text = text };
        }

        return [.. _spans.Where(s => s.Text.Length > 0 || s.Field != TextField.None)];
    }

    public bool IsEmpty => _spans.Count == 0;

    private void AddElement(MarkupElement element, TextProps props, string? link)
    {
        var attributes = context.Attributes(element);
        var own = element.Name switch
        {
            "b" => props with { Weight = 700 },
            "i" => props with { Italic = true },
            "u" => props with { Underline = true },
            "s" => props with { Strike = true },
            _ => props,
        };
        own = context.Cascade(own, attributes);
        switch (element.Name)
        {
            case "br":
                _spans.Add(new TextSpan("\n", own.ToStyle(link), element.Span) { SourceOffsets = OffsetRuns.Single(element.Offset) });
                _pendingSpace = false;
                return;
            case "page-number":
            case "page-count":
                FlushSpace(own, link, element);
                _spans.Add(new TextSpan(string.Empty, own.ToStyle(link), element.Span, element.Name == "page-number" ? TextField.PageNumber : TextField.PageCount) { SourceOffsets = OffsetRuns.Single(element.Offset) });
                return;
            case "a":
                link = attributes["href"]?.Value ?? link;
                if (attributes["href"] is null)
                {
                    context.Diagnostics.Error("MG0207", "<a> needs an href attribute", element.Span);
                }

                if (attributes["underline"] is null)
                {
                    own = own with { Underline = true };
                }

                break;
            default:
                break;
        }

        foreach (var child in element.Children)
        {
            if (child is MarkupElement nested && !MarkupSchema.IsInline(nested.Name))
            {
                context.Diagnostics.Error("MG0205", $"<{nested.Name}> cannot stand inside <{element.Name}>: only text and inline elements can", nested.Span);
                continue;
            }

            Add(child, own, link);
        }
    }

    private void AddText(string raw, TextProps props, string? link, MarkupText node)
    {
        var builder = new StringBuilder(raw.Length);
        var origins = _origins;
        origins.Clear();
        var inSpace = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                var pending = builder.Length > 0 || _spans.Count > 0 && !_spans[^1].Text.EndsWith('\n');
                if (pending && (!inSpace || !_pendingSpace))
                {
                    _pendingOrigin = node.Offsets.At(i);
                }

                _pendingSpace = pending;
                inSpace = true;
                continue;
            }

            inSpace = false;
            if (_pendingSpace)
            {
                if (builder.Length > 0 || !(_spans.Count > 0 && _spans[^1].Text.EndsWith(' ')))
                {
                    builder.Append(' ');
                    origins.Add(_pendingOrigin);
                }

                _pendingSpace = false;
            }

            builder.Append(c);
            origins.Add(node.Offsets.At(i));
        }

        if (builder.Length > 0)
        {
            _spans.Add(new TextSpan(builder.ToString(), props.ToStyle(link), node.Span) { SourceOffsets = origins.Build() });
        }
    }

    private void FlushSpace(TextProps props, string? link, MarkupElement element)
    {
        if (_pendingSpace && _spans.Count > 0)
        {
            _spans.Add(new TextSpan(" ", props.ToStyle(link), element.Span) { SourceOffsets = OffsetRuns.Single(_pendingOrigin >= 0 ? _pendingOrigin : element.Offset) });
        }

        _pendingSpace = false;
    }
}
