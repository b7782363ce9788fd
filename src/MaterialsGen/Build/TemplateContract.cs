using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Content;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Build;

/// <summary>One kind of content a template takes, and how many documents of it.</summary>
internal sealed record ContentRole(string Kind, int Min, int Max)
{
    /// <summary>Reads <c>list</c> (exactly one), <c>references?</c> (at most one), <c>list+</c> (one or more), <c>list*</c> (any number).</summary>
    public static ContentRole Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[^1] switch
        {
            '?' => new ContentRole(text[..^1], 0, 1),
            '+' => new ContentRole(text[..^1], 1, int.MaxValue),
            '*' => new ContentRole(text[..^1], 0, int.MaxValue),
            _ => new ContentRole(text, 1, 1),
        };
    }

    public override string ToString() => (Min, Max) switch
    {
        (0, 1) => Kind + " (optional)",
        (1, int.MaxValue) => Kind + " (one or more)",
        (0, int.MaxValue) => Kind + " (any number)",
        _ => Kind,
    };

    /// <summary>The role as written in a template header.</summary>
    public string Written => (Min, Max) switch
    {
        (0, 1) => Kind + "?",
        (1, int.MaxValue) => Kind + "+",
        (0, int.MaxValue) => Kind + "*",
        _ => Kind,
    };
}

/// <summary>
/// What a template says it takes (<c>takes: article, solutions, list+, references?</c> in its header),
/// checked against the content an output gives it before the template runs: wrong content is one
/// message that says what the template needs and what it was given, not a template-internals error.
/// The brand is given to every template and is never part of a contract.
/// </summary>
internal static class TemplateContract
{
    public const string Code = "MG0510";

    /// <summary>Content the template does not take: a warning, since the template simply never reads it.</summary>
    public const string UnusedCode = "MG0511";

    /// <summary>True when the content fits; otherwise one error at <paramref name="where"/>.</summary>
    public static bool Check(TemplateInfo template, IReadOnlyList<ContentFile> given, SourceSpan where, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (template.Takes.IsDefaultOrEmpty)
        {
            return true;
        }

        var content = given.Where(f => f.Kind != "brand").ToList();
        var problems = new List<string>();
        foreach (var role in template.Takes)
        {
            var count = content.Count(f => f.Kind == role.Kind);
            if (count < role.Min)
            {
                problems.Add(role.Min == 1 ? $"missing: {role.Kind}" : string.Create(CultureInfo.InvariantCulture, $"missing: {role.Min - count} more {role.Kind}"));
            }
            else if (count > role.Max)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"too many: {count} {role.Kind} files, it takes {(role.Max == 1 ? "one" : role.Max.ToString(CultureInfo.InvariantCulture))}"));
            }
        }

        var takes = string.Join(", ", template.Takes);
        var gave = content.Count == 0 ? "nothing" : string.Join(", ", content.Select(f => $"{f.Kind} ({f.Path})"));
        if (problems.Count > 0)
        {
            diagnostics.Error(Code, $"template '{template.Name}' takes {takes}; given {gave}; {string.Join("; ", problems)}", where);
            return false;
        }

        foreach (var unused in content.Where(f => !template.Takes.Any(r => r.Kind == f.Kind)))
        {
            diagnostics.Warning(UnusedCode, $"template '{template.Name}' takes {takes}; it does not read {unused.Kind} ({unused.Path})", where);
        }

        return true;
    }

    /// <summary>Reads the roles of a <c>takes:</c> line.</summary>
    public static ImmutableArray<ContentRole> ParseTakes(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ContentRole.Parse)];
}
