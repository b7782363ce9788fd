namespace MaterialsGen.Cli;

/// <summary>The command line itself is wrong: printed with a pointer to the command's help, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
        : this("bad usage")
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The command whose help explains the usage (<c>materialsgen build</c>), or null for the root.</summary>
    public string? Command { get; init; }
}
