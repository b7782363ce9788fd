namespace MaterialsGen.Benchmarks;

/// <summary>
/// The repository root, found by walking up to MaterialsGen.sln: BenchmarkDotNet runs each benchmark
/// from a generated folder deep under bin/, so the working directory says nothing about the repo.
/// </summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "MaterialsGen.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("MaterialsGen.sln not found above " + AppContext.BaseDirectory);
    }
}
