using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MaterialsGen.Build;

/// <summary>
/// What a template says about itself in its leading <c>{{## … ##}}</c> comment: the content kind it
/// takes, its formats, default size and a one-line description (listed by <c>materialsgen templates</c>).
/// <c>sizes:</c> names every size it is designed for (the default size when absent) and <c>content:</c>
/// the documents it reads, each a kind and optionally the id it looks up (<c>list, list</c> or
/// <c>article bai-viet, records</c>).
/// </summary>
public sealed partial record TemplateInfo(string Name, string Kind, ImmutableArray<string> Formats, string Size, string Description)
{
    /// <summary>Every size the template is designed for, the default first; each a preset name or WxH.</summary>
    public ImmutableArray<string> Sizes { get; init; } = [Size];

    /// <summary>The documents the template reads, in the order the manifest's <c>data:</c> should list them.</summary>
    public ImmutableArray<TemplateContent> Content { get; init; } = [];

    public static TemplateInfo Read(string name, string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = Header().Match(text);
        if (header.Success)
        {
            foreach (var line in header.Groups[1].Value.Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }
        }

        var kind = fields.GetValueOrDefault("kind", "any");
        var size = fields.GetValueOrDefault("size", "a4");
        var sizes = Split(fields.GetValueOrDefault("sizes", size));
        var content = fields.TryGetValue("content", out var listed)
            ? Split(listed).Select(TemplateContent.Parse).ToImmutableArray()
            : [new TemplateContent(kind, null)];
        return new TemplateInfo(name, kind, Split(fields.GetValueOrDefault("formats", "pdf")), size, fields.GetValueOrDefault("description", string.Empty))
        {
            Sizes = sizes.Contains(size, StringComparer.OrdinalIgnoreCase) ? sizes : [size, .. sizes],
            Content = content,
        };
    }

    private static ImmutableArray<string> Split(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [GeneratedRegex(@"^\s*\{\{##(.*?)##\}\}", RegexOptions.Singleline)]
    private static partial Regex Header();
}

/// <summary>One document a template reads: its kind, and the id it looks it up by (null: whichever is given).</summary>
public sealed record TemplateContent(string Kind, string? Id)
{
    public static TemplateContent Parse(string entry)
    {
        var space = entry.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? new TemplateContent(entry, null) : new TemplateContent(entry[..space], entry[(space + 1)..].Trim());
    }
}
