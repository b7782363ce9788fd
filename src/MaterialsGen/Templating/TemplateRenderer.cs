using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using MaterialsGen.Diagnostics;
using MaterialsGen.Markup;
using MaterialsGen.Project;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = MaterialsGen.Diagnostics.SourceSpan;

namespace MaterialsGen.Templating;

/// <summary>
/// Renders Scriban templates from the project's <c>templates/</c> folder into layout markup: strict
/// variables, includes from templates/ only, loop/recursion/output limits, values escaped by default.
/// Template text comes from an <see cref="ITemplateSource"/> (the project boundary); parsed templates
/// are kept for the engine session, one per file, parsed again when the text changes.
/// </summary>
internal sealed class TemplateRenderer
{
    private readonly ConcurrentDictionary<ProjectPath, (string Text, Template Parsed)> _parsed = new();

    // Made once: importing a delegate per render reflected over it and built a throw-away TemplateContext.
    private static readonly IScriptCustomFunction RawFunction = MakeRaw();

    /// <summary>Renders <paramref name="name"/> with <paramref name="globals"/>; null (and diagnostics) on error.</summary>
    public TemplateOutput? Render(string name, IReadOnlyDictionary<string, object?> globals, DiagnosticBag diagnostics, ITemplateSource source, TemplateDeterminism? determinism = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!TemplatePaths.TryResolve(name, out var path) || source.ReadTemplate(path, out _) is not { } text)
        {
            diagnostics.Error("MG0501", $"template '{name}' not found in templates/", SourceSpan.FileOnly("templates"));
            return null;
        }

        var relative = path.Value;
        var template = Parse(path, text);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                diagnostics.Error("MG0502", message.Message, ToSpan(message.Span));
            }

            return null;
        }

        var context = NewContext(source);
        (determinism ?? TemplateDeterminism.Default).Pin(context);
        var output = new MappingOutput(context, SafetyLimits.TemplateOutputChars);
        context.PushOutput(output);
        var root = new ScriptObject();
        root.SetValue("raw", RawFunction, readOnly: true);
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
        catch (ScriptRuntimeException e) when (Innermost(e) is TemplateLimitException limit)
        {
            diagnostics.Error("MG0504", limit.Message, ToSpan(e.Span));
            return null;
        }
        catch (ScriptRuntimeException e) when (e.OriginalMessage.StartsWith("Exceeding number of", StringComparison.Ordinal))
        {
            // Scriban's own loop and recursion limits (LoopLimit, RecursiveLimit) have no type of their own.
            diagnostics.Error("MG0504", e.OriginalMessage, ToSpan(e.Span));
            return null;
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

    private Template Parse(ProjectPath path, string text)
    {
        if (_parsed.TryGetValue(path, out var cached) && string.Equals(cached.Text, text, StringComparison.Ordinal))
        {
            return cached.Parsed;
        }

        var parsed = Template.Parse(text, path.Value);
        _parsed[path] = (text, parsed);
        return parsed;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The raw delegate's method is referenced here; Scriban is a trimmer root in AOT builds.")]
    private static DynamicCustomFunction MakeRaw() => DynamicCustomFunction.Create(new Func<object?, RawMarkup>(v => new RawMarkup(v?.ToString() ?? string.Empty)));

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static MarkupTemplateContext NewContext(ITemplateSource source) => new()
    {
        StrictVariables = true,
        EnableRelaxedMemberAccess = true,
        LoopLimit = SafetyLimits.TemplateLoops,

        // Scriban cuts strings and output at this length without an error; one past our own limit, the
        // context and MappingOutput report the overrun instead.
        LimitToString = SafetyLimits.TemplateOutputChars + 1,
        RecursiveLimit = SafetyLimits.TemplateRecursion,
        TemplateLoader = new SafeTemplateLoader(source),
        MemberRenamer = member => member.Name,
    };

    private static SourceSpan ToSpan(Scriban.Parsing.SourceSpan span) =>
        new(string.IsNullOrEmpty(span.FileName) ? "template" : span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
