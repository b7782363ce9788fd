namespace MaterialsGen.Templating;

/// <summary>
/// A mail-merge record for a template, with every field name its record set has (a CSV's header, or
/// all keys of a YAML record list). Templates may read any of those fields; a name outside them is a
/// misspelling, and an error, rather than an empty space in a printed handout.
/// </summary>
internal sealed record RecordValues(IReadOnlyDictionary<string, object?> Values, IReadOnlyCollection<string> Fields)
{
    public static RecordValues None { get; } = new(new Dictionary<string, object?>(), []);
}
