namespace MaterialsGen.Content.Schema;

/// <summary>The ways a text value can be constrained beyond being non-empty text.</summary>
internal enum TextFormat
{
    Free,

    /// <summary>Lowercase ASCII letters, digits and '-': used in output file names.</summary>
    Id,

    /// <summary>The id of another content document (checked across files by <see cref="ContentSet"/>).</summary>
    Reference,

    /// <summary>ISO date, YYYY-MM-DD: the one form that YAML editors and CSV exports agree on.</summary>
    Date,

    /// <summary>YYYY-MM-DD, or YYYY when only the year is known (laws are often cited by year).</summary>
    DateOrYear,

    /// <summary>#RRGGBB.</summary>
    Colour,
}
