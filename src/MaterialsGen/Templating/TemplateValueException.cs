namespace MaterialsGen.Templating;

/// <summary>A template helper got a value it cannot use; reported at the template line that called it.</summary>
internal sealed class TemplateValueException : Exception
{
    public TemplateValueException()
    {
    }

    public TemplateValueException(string message)
        : base(message)
    {
    }

    public TemplateValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The value at fault as the template passed it; a content string leads the error to its file.</summary>
    public object? Value { get; init; }
}
