using Scriban.Runtime;

namespace MaterialsGen.Templating;

/// <summary>Converts the plain content model (dictionaries, lists, strings) to Scriban objects.</summary>
internal static class ScriptValues
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal or RawMarkup => value,
        RecordValues record => FromRecord(record),
        IReadOnlyDictionary<string, object?> map => FromMap(map),
        IEnumerable<object?> list => FromList(list),
        _ => value.ToString(),
    };

    public static ScriptObject FromRecord(RecordValues record)
    {
        var result = new RecordScriptObject(record.Fields);
        foreach (var (key, value) in record.Values)
        {
            result.SetValue(key, From(value), readOnly: true);
        }

        return result;
    }

    public static ScriptObject FromMap(IReadOnlyDictionary<string, object?> map)
    {
        var result = new ScriptObject(map.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            result.SetValue(key, From(value), readOnly: true);
        }

        return result;
    }

    private static ScriptArray FromList(IEnumerable<object?> list)
    {
        var result = new ScriptArray();
        foreach (var item in list)
        {
            result.Add(From(item));
        }

        return result;
    }
}
