using MaterialsGen.Project;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace MaterialsGen.Templating;

/// <summary>
/// Resolves <c>include</c> names inside the project's templates folder only, and reads them through the
/// project boundary (so an include of any name is a recorded dependency). A name that climbs out
/// (<c>../</c>, an absolute path) is refused with the include's location.
/// </summary>
internal sealed class SafeTemplateLoader(ITemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!TemplatePaths.TryResolve(templateName, out var path))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is outside the templates folder; only templates/ can be included");
        }

        return path.Value;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        source.ReadTemplate(ProjectPath.Parse(templatePath), out var problem)
        ?? throw new ScriptRuntimeException(callerSpan, $"include '{templatePath}' {problem}");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
}
