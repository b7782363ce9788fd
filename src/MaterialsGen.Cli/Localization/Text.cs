using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace MaterialsGen.Cli.Localization;

/// <summary>
/// The interface's words in one language, from <c>Resources/Messages.resx</c> (English) and
/// <c>Resources/Messages.vi.resx</c> (Vietnamese). Both are embedded in the program itself rather than
/// in satellite assemblies, so the Native AOT binary and the dotnet tool carry Vietnamese whatever the
/// build's SatelliteResourceLanguages says; a test keeps the two files' keys equal.
/// </summary>
internal sealed class Text
{
    private static readonly Lazy<Text> EnglishText = new(() => Load(Localization.Language.English));
    private static readonly Lazy<Text> VietnameseText = new(() => Load(Localization.Language.Vietnamese));
    private readonly FrozenDictionary<string, string> _strings;

    private Text(string language, FrozenDictionary<string, string> strings)
    {
        Language = language;
        _strings = strings;
    }

    public static Text English => EnglishText.Value;

    public static Text Vietnamese => VietnameseText.Value;

    public string Language { get; }

    public bool IsVietnamese => Language == Localization.Language.Vietnamese;

    public IEnumerable<string> Keys => _strings.Keys;

    public string this[string key] =>
        _strings.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no interface text '{key}' in {Language}");

    public static Text For(string language) => language == Localization.Language.Vietnamese ? Vietnamese : English;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>"1 page" / "3 pages"; Vietnamese nouns do not change with the number.</summary>
    public string Pages(int count) => count == 1 ? this["OnePage"] : Format("ManyPages", count);

    internal static string ResourceName(string language) =>
        language == Localization.Language.Vietnamese ? "MaterialsGen.Cli.Resources.Messages.vi.resources" : "MaterialsGen.Cli.Resources.Messages.resources";

    private static Text Load(string language)
    {
        using var stream = typeof(Text).Assembly.GetManifestResourceStream(ResourceName(language))
            ?? throw new InvalidOperationException($"the {language} interface texts are not embedded");
        using var reader = new ResourceReader(stream);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = reader.GetEnumerator();
        while (entries.MoveNext())
        {
            strings[(string)entries.Key] = (string)entries.Value!;
        }

        return new Text(language, strings.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
