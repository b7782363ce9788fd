using MaterialsGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace MaterialsGen.Templating;

/// <summary>The template's <c>record</c>: reading a field no record of the set has stops the template at that spot.</summary>
// Not importing statics: Scriban would otherwise look up this type's static members by reflection in every constructor, once per record.
internal sealed class RecordScriptObject(IReadOnlyCollection<string> fields) : ScriptObject(fields.Count, autoImportStaticsFromThisType: false, StringComparer.Ordinal)
{
    public override bool TryGetValue(TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value) || fields.Contains(member))
        {
            return true;
        }

        throw new ScriptRuntimeException(span, fields.Count == 0
            ? $"'record.{member}' is read, but this output has no record: give its manifest entry `records:` (a CSV or YAML file)"
            : $"the records have no field '{member}'{NearestName.Suggest(member, fields)}");
    }
}
