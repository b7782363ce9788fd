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
    public TemplateOutput? Render(string name, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics)
    {
        var path = PathOf(name);
        var relative = Relative(path);
        if (!File.Exists(path))
        {
            diagnostics.Error("MG0501", $"template '{name}' not found in templates/", SourceSpan.FileOnly("templates"));
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
        var output = new MappingOutput(context, SafetyLimits.TemplateOutputChars);
        context.PushOutput(output);
        var root = new ScriptObject();
        root.Import("raw", new Func<object?, RawMarkup>(v => new RawMarkup(v?.ToString() ?? string.Empty)));
        root.SetValue("vn", VietnameseFunctions.Create(), readOnly: true);
        foreach (var (key, value) in globals)
        {
            root.SetValue(key, ScriptValues.From(value, context), readOnly: true);
        }

        context.PushGlobal(root);
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException e) when (Innermost(e) is TemplateValueException or ArgumentException)
        {
            diagnostics.Add(BadValue(context, Innermost(e), ToSpan(e.Span)));
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error("MG0503", e.OriginalMessage, ToSpan(e.Span));
            return null;
        }
        catch (Exception e) when (e is TemplateValueException or ArgumentException)
        {
            diagnostics.Add(BadValue(context, e, context.CurrentNode is { } node ? ToSpan(node.Span) : SourceSpan.FileOnly(relative)));
            return null;
        }
        catch (TemplateLimitException e)
        {
            diagnostics.Error("MG0504", e.Message, context.CurrentNode is { } node ? ToSpan(node.Span) : SourceSpan.FileOnly(relative));
            return null;
        }

        var markup = output.Builder.ToString();
        return new TemplateOutput(markup, SourceMap.FromPieces(relative + " (markup)", markup, context.Pieces));
    }

    /// <summary>
    /// A value a helper cannot use: named at its place in the content (a record's row and column) when it is
    /// a content value, with the template line that used it as a note; at the template line otherwise.
    /// </summary>
    private static Diagnostic BadValue(MarkupTemplateContext context, Exception e, SourceSpan call) =>
        e is TemplateValueException { Value: var value } && context.OriginOf(value) is { } positions
            ? Diagnostic.At(Severity.Error, "MG0505", e.Message, new SourceOrigin(call, positions.At(0)), "used here")
            : Diagnostic.Error("MG0505", e.Message, call);

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private MarkupTemplateContext NewContext() => new(projectRoot)
    {
        StrictVariables = true,
        EnableRelaxedMemberAccess = true,
        LoopLimit = SafetyLimits.TemplateLoops,
        RecursiveLimit = SafetyLimits.TemplateRecursion,
        TemplateLoader = new SafeTemplateLoader(_templates),
        MemberRenamer = member => member.Name,
    };

    private string Relative(string path) => Path.GetRelativePath(projectRoot, path).Replace('\\', '/');

    private SourceSpan ToSpan(Scriban.Parsing.SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? "template" : Relative(span.FileName), span.Start.Line + 1, span.Start.Column + 1);
}
