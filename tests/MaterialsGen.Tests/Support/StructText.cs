namespace MaterialsGen.Tests.Support;

/// <summary>
/// The structure tree as poppler reads it (<c>pdfinfo -struct-text</c>): elements by their indentation,
/// each with its attributes (<c>/Scope /Column</c>) and the text of its own marked content.
/// </summary>
internal sealed class StructText
{
    // Own texts and children as poppler lists them: a paragraph's text runs between its spans and links.
    private readonly List<object> _content = [];

    public required string Type { get; init; }

    public List<string> Attributes { get; } = [];

    public List<string> Texts { get; } = [];

    public List<StructText> Children { get; } = [];

    /// <summary>The element's own text and its descendants', in reading order.</summary>
    public string Text => string.Concat(_content.Select(c => c as string ?? ((StructText)c).Text));

    public IEnumerable<StructText> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    public static StructText Read(string pdf)
    {
        var (exit, output, error) = ExternalTool.Call("pdfinfo", ["-struct-text", pdf]);
        Assert.True(exit == 0, error);
        return Parse(output);
    }

    public static StructText Parse(string output)
    {
        var root = new StructText { Type = "(root)" };
        var stack = new Stack<(int Indent, StructText Node)>();
        stack.Push((-1, root));
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var text = line.TrimStart(' ');
            if (text.Length == 0)
            {
                continue;
            }

            var indent = line.Length - text.Length;
            while (stack.Peek().Indent >= indent)
            {
                stack.Pop();
            }

            var parent = stack.Peek().Node;
            if (text[0] == '"')
            {
                parent.Texts.Add(text[1..^1]);
                parent._content.Add(text[1..^1]);
            }
            else if (text[0] == '/')
            {
                parent.Attributes.Add(text);
            }
            else
            {
                var node = new StructText { Type = text.Split(' ', ':')[0] };
                parent.Children.Add(node);
                parent._content.Add(node);
                stack.Push((indent, node));
            }
        }

        return root.Children.Count == 1 ? root.Children[0] : root;
    }
}
