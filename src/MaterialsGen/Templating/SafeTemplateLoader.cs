using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace MaterialsGen.Templating;

/// <summary>
/// Resolves <c>include</c> names inside the project's templates folder only. A name that climbs out
/// (<c>../</c>, an absolute path, a link elsewhere) is refused with the include's location.
/// </summary>
internal sealed class SafeTemplateLoader(string templatesDirectory) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(templatesDirectory) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn";
        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(_root, StringComparison.Ordinal) || Path.IsPathRooted(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is outside the templates folder; only templates/ can be included");
        }

        if (Confined(_root, name) is null)
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' links outside the templates folder");
        }

        if (!File.Exists(full))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' not found in templates/");
        }

        return full;
    }

    /// <summary>The full path of <paramref name="name"/> in the templates folder, or null when it is a link that leads elsewhere.</summary>
    internal static string? Confined(string templatesDirectory, string name)
    {
        var root = Path.GetFullPath(templatesDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, name));
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        return full.StartsWith(root, StringComparison.Ordinal) && target.StartsWith(root, StringComparison.Ordinal) ? full : null;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
}
