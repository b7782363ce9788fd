using System.Text;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content;

/// <summary>A text value. The value is NFC so NFD input compares and renders like NFC input.</summary>
internal sealed class ContentScalar : ContentNode
{
    public ContentScalar(string value, SourceSpan span, ContentScalarStyle style = ContentScalarStyle.Plain, string? tag = null, bool isNull = false)
        : base(span)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value.Normalize(NormalizationForm.FormC);
        Style = style;
        Tag = tag;
        IsNull = isNull;
    }

    public string Value { get; }

    /// <summary>Where each character of <see cref="Value"/> stands in its file; null for values made in code.</summary>
    public TextPositions? Positions { get; init; }

    public ContentScalarStyle Style { get; }

    /// <summary>The explicit YAML tag (e.g. <c>!!str</c>), or null when the scalar has none.</summary>
    public string? Tag { get; }

    /// <summary>
    /// True for YAML's null forms (an empty value, <c>~</c>, <c>null</c>) written without quotes. An
    /// empty CSV field is empty text, not null: a spreadsheet cannot tell the two apart.
    /// </summary>
    public bool IsNull { get; }

    public override string Describe() => IsNull ? "an empty value" : "a text value";

    public override object? ToPlainObject() => IsNull ? null : Value;

    public override string ToString() => Value;
}
