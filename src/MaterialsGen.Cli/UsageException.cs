namespace MaterialsGen.Cli;

/// <summary>The command line itself is wrong: printed with the usage, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    public UsageException()
        : this("bad usage")
    {
    }

    public UsageException(string message, Exception innerException)
        : this(message + ": " + innerException.Message)
    {
    }
}
