using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MaterialsGen.Build;

/// <summary>
/// What a template says about itself in its leading <c>{{## … ##}}</c> comment: the content it takes
/// (<c>takes: article, solutions, list+</c>, see <see cref="TemplateContract"/>), its formats, default
/// size and a one-line description (listed by <c>materialsgen templates</c>).
/// </summary>
public sealed partial record TemplateInfo(string Name, ImmutableArray<ContentRole> Takes, ImmutableArray<string> Formats, string Size, string Description)
{
    /// <summary>The content taken, as the header writes it (<c>list</c>, <c>article, solutions, list+</c>), or "any".</summary>
    public string Kind => Takes.IsDefaultOrEmpty ? "any" : string.Join(", ", Takes.Select(r => r.Written));

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

        var formats = fields.GetValueOrDefault("formats", "pdf").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new TemplateInfo(name, TemplateContract.ParseTakes(fields.GetValueOrDefault("takes")), [.. formats], fields.GetValueOrDefault("size", "a4"), fields.GetValueOrDefault("description", string.Empty));
    }

    [GeneratedRegex(@"^\s*\{\{##(.*?)##\}\}", RegexOptions.Singleline)]
    private static partial Regex Header();
}
