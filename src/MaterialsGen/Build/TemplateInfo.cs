using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MaterialsGen.Build;

/// <summary>
/// What a template says about itself in its leading <c>{{## … ##}}</c> comment: the content it takes
/// (<c>takes: article, solutions, list+</c>, see <see cref="TemplateContract"/>), its formats, default
/// size, every size it is designed for (<c>sizes: portrait, square, link, slide</c>; the default size
/// when absent) and a one-line description (listed by <c>materialsgen templates</c>).
/// </summary>
internal sealed partial record TemplateInfo(string Name, ImmutableArray<ContentRole> Takes, ImmutableArray<string> Formats, string Size, string Description)
{
    /// <summary>The content taken, as the header writes it (<c>list</c>, <c>article, solutions, list+</c>), or "any".</summary>
    public string Kind => Takes.IsDefaultOrEmpty ? "any" : string.Join(", ", Takes.Select(r => r.Written));

    /// <summary>Every size the template is designed for, the default first; each a preset name or WxH.</summary>
    public ImmutableArray<string> Sizes { get; init; } = [Size];

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

        var size = fields.GetValueOrDefault("size", "a4");
        var sizes = Split(fields.GetValueOrDefault("sizes", size));
        return new TemplateInfo(name, TemplateContract.ParseTakes(fields.GetValueOrDefault("takes")), Split(fields.GetValueOrDefault("formats", "pdf")), size, fields.GetValueOrDefault("description", string.Empty))
        {
            Sizes = sizes.Contains(size, StringComparer.OrdinalIgnoreCase) ? sizes : [size, .. sizes],
        };
    }

    private static ImmutableArray<string> Split(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [GeneratedRegex(@"^\s*\{\{##(.*?)##\}\}", RegexOptions.Singleline)]
    private static partial Regex Header();
}
