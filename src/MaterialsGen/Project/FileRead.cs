namespace MaterialsGen.Project;

/// <summary>Why a project file could not be read.</summary>
public enum FileProblem
{
    None,
    NotFound,

    /// <summary>A symbolic link on the way leads out of the project.</summary>
    Outside,
    TooLarge,
    Unreadable,
}

/// <summary>The outcome of reading one file: its bytes, or the problem and a detail for the message.</summary>
public readonly record struct FileRead(byte[]? Bytes, FileProblem Problem, string Detail = "")
{
    public static FileRead Of(byte[] bytes) => new(bytes, FileProblem.None);

    public static FileRead Failed(FileProblem problem, string detail = "") => new(null, problem, detail);

    public bool Succeeded => Bytes is not null;

    /// <summary>The problem as the end of a sentence that starts with the file's name.</summary>
    public string Describe(long maxBytes) => Problem switch
    {
        FileProblem.NotFound => "not found",
        FileProblem.Outside => "links outside the project folder",
        FileProblem.TooLarge => $"is larger than the limit of {maxBytes / (1024 * 1024)} MB",
        FileProblem.Unreadable => $"cannot be read ({Detail})",
        _ => string.Empty,
    };
}
