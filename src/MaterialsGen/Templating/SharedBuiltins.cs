using Scriban;
using Scriban.Runtime;

namespace MaterialsGen.Templating;

/// <summary>
/// Scriban's built-in objects (<c>array</c>, <c>date</c>, <c>math</c>, <c>string</c> …), made once per
/// process and shared by every template context. Scriban otherwise builds them anew for each context by
/// reflection — more time than laying out a handout, twice per record of a mail merge (its name and
/// its template). Shared safely because each object is read-only (a template that assigns to one, such
/// as <c>date.format = …</c>, gets a located error instead of changing other outputs), templates'
/// own variables live in the global each render pushes, and the clock and dice read per-context state
/// (<see cref="TemplateDeterminism"/>).
/// </summary>
internal static class SharedBuiltins
{
    public static ScriptObject Instance { get; } = Make();

    private static ScriptObject Make()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        TemplateDeterminism.Install(builtins);
        foreach (var functions in builtins.Values.OfType<ScriptObject>())
        {
            functions.IsReadOnly = true;
        }

        return builtins;
    }
}
