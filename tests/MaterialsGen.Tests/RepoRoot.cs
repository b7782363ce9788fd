namespace MaterialsGen.Tests;

/// <summary>Finds the repository from the test binaries, so tests read data/ and golden files from the source tree.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MaterialsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MaterialsGen.sln not found above " + AppContext.BaseDirectory);
    }
}
