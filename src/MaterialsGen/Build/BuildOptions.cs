namespace MaterialsGen.Build;

/// <summary>How a build runs: parallelism, whether to ignore the fingerprints, whether to stop at the first failure.</summary>
internal sealed record BuildOptions(int Parallelism, bool Force = false, bool FailFast = false)
{
    /// <summary>Opens an output's temporary file (File.Create by default); tests inject a full disk here.</summary>
    public Func<string, Stream>? CreateFile { get; init; }
}
