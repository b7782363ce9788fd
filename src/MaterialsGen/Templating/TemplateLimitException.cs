namespace MaterialsGen.Templating;

/// <summary>A template went past a safety limit; turned into a diagnostic at the template boundary.</summary>
internal sealed class TemplateLimitException : Exception
{
    public TemplateLimitException()
    {
    }

    public TemplateLimitException(string message)
        : base(message)
    {
    }

    public TemplateLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
