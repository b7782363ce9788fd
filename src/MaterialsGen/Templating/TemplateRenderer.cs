using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using MaterialsGen.Diagnostics;
using MaterialsGen.Markup;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = MaterialsGen.Diagnostics.SourceSpan;

namespace MaterialsGen.Templating;

/// <summary>
/// Renders Scriban templates from the project's <c>templates/</c> folder into layout markup: strict
/// variables, includes from templates/ only, loop/recursion/output limits, values escaped by default.
/// Parsed templates are kept per process (keyed by file and its write time) and shared across threads.
/// </summary>
public sealed class TemplateRenderer(string projectRoot)
{
    private readonly string _templates = Path.Combine(projectRoot, "templates");
    private readonly ConcurrentDictionary<(string Path, DateTime Written), Template> _parsed = new();

    public string TemplatesDirectory => _templates;

    public string PathOf(string name) => Path.Combine(_templates, name.EndsWith(".sbn", StringComparison.Ordinal) ? name : name + ".sbn");

    public bool Exists(string name) => File.Exists(PathOf(name));

    /// <summary>Renders <paramref name="name"/> with <paramref name="globals"/>; null (and diagnostics) on error.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The raw delegate's method is referenced here; Scriban is a trimmer root in AOT builds.")]
    public TemplateOutput? Render(string name, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics, TemplateDeterminism? determinism = null)
    {
        var path = PathOf(name);
        var relative = Relative(path);
        if (!File.Exists(path))
        {
            diagnostics.Error("MG0501", $"template '{name}' not found in templates/", SourceSpan.FileOnly("templates"));
            return null;
        }

        if (ConfinedPath(name) is null)
        {
            diagnostics.Error("MG0506", $"template '{name}' links outside the templates folder; only files inside templates/ are read", SourceSpan.FileOnly(relative));
            return null;
        }

        var template = _parsed.GetOrAdd((path, File.GetLastWriteTimeUtc(path)), key => Template.Parse(File.ReadAllText(key.Path), key.Path));
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                diagnostics.Error("MG0502", message.Message, ToSpan(message.Span));
            }

            return null;
        }

        var context = NewContext();
        (determinism ?? TemplateDeterminism.Default).Pin(context);
        var output = new MappingOutput(context, SafetyLimits.TemplateOutputChars);
        context.PushOutput(output);
        var root = new ScriptObject();
        root.Import("raw", new Func<object?, RawMarkup>(v => new RawMarkup(v?.ToString() ?? string.Empty)));
        root.SetValue("vn", VietnameseFunctions.Create(), readOnly: true);
        foreach (var (key, value) in globals)
        {
            root.SetValue(key, ScriptValues.From(value), readOnly: true);
        }

        context.PushGlobal(root);
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException e) when (Innermost(e) is TemplateLimitException limit)
        {
            diagnostics.Error("MG0504", limit.Message, ToSpan(e.Span));
            return null;
        }
        catch (ScriptRuntimeException e) when (Innermost(e) is TemplateValueException or ArgumentException)
        {
            diagnostics.Error("MG0505", Innermost(e).Message, ToSpan(e.Span));
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error("MG0503", e.OriginalMessage, ToSpan(e.Span));
            return null;
        }
        catch (Exception e) when (e is TemplateValueException or ArgumentException)
        {
            diagnostics.Error("MG0505", e.Message, context.CurrentNode is { } node ? ToSpan(node.Span) : SourceSpan.FileOnly(relative));
            return null;
        }
        catch (TemplateLimitException e)
        {
            diagnostics.Error("MG0504", e.Message, context.CurrentNode is { } node ? ToSpan(node.Span) : SourceSpan.FileOnly(relative));
            return null;
        }

        return new TemplateOutput(output.Builder.ToString(), SourceMap.FromLines(relative + " (markup)", context.LineOrigins));
    }

    /// <summary>The template's path, or null when it is a link that leads out of templates/ (or the project).</summary>
    internal string? ConfinedPath(string name) => SafeTemplateLoader.Confined(_templates, Path.GetRelativePath(_templates, PathOf(name)));

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private MarkupTemplateContext NewContext() => new(projectRoot)
    {
        StrictVariables = true,
        EnableRelaxedMemberAccess = true,
        LoopLimit = SafetyLimits.TemplateLoops,

        // Scriban cuts strings and output at this length without an error; one past our own limit, the
        // context and MappingOutput report the overrun instead.
        LimitToString = SafetyLimits.TemplateOutputChars + 1,
        RecursiveLimit = SafetyLimits.TemplateRecursion,
        TemplateLoader = new SafeTemplateLoader(_templates),
        MemberRenamer = member => member.Name,
    };

    private string Relative(string path) => Path.GetRelativePath(projectRoot, path).Replace('\\', '/');

    private SourceSpan ToSpan(Scriban.Parsing.SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? "template" : Relative(span.FileName), span.Start.Line + 1, span.Start.Column + 1);
}
