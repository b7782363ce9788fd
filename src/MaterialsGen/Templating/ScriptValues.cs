using MaterialsGen.Content;
using Scriban.Runtime;

namespace MaterialsGen.Templating;

/// <summary>
/// Converts the plain content model (dictionaries, lists, strings) to Scriban objects. Strings stay the
/// same instances, and the position tables of content trees go to the context, so what a template prints
/// unchanged is traced back to its file, line and column.
/// </summary>
internal static class ScriptValues
{
    public static object? From(object? value, MarkupTemplateContext? context = null) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal or RawMarkup => value,
        RecordValues record => FromRecord(record, context),
        IReadOnlyDictionary<string, object?> map => FromMap(map, context),
        IEnumerable<object?> list => FromList(list, context),
        _ => value.ToString(),
    };

    public static RecordScriptObject FromRecord(RecordValues record, MarkupTemplateContext? context = null)
    {
        Collect(record.Values, context);
        var result = new RecordScriptObject(record.Fields);
        foreach (var (key, value) in record.Values)
        {
            result.SetValue(key, From(value, context), readOnly: true);
        }

        return result;
    }

    private static ScriptObject FromMap(IReadOnlyDictionary<string, object?> map, MarkupTemplateContext? context)
    {
        Collect(map, context);
        var result = new ScriptObject(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            result.SetValue(key, From(value, context), readOnly: true);
        }

        return result;
    }

    private static ScriptArray FromList(IEnumerable<object?> list, MarkupTemplateContext? context)
    {
        var result = new ScriptArray();
        foreach (var item in list)
        {
            result.Add(From(item, context));
        }

        return result;
    }

    private static void Collect(IReadOnlyDictionary<string, object?> map, MarkupTemplateContext? context)
    {
        if (map is ContentValues content)
        {
            context?.AddOrigins(content.Origins);
        }
    }
}
