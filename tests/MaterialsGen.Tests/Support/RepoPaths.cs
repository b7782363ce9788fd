namespace MaterialsGen.Tests.Support;

/// <summary>Finds the repository from the test binaries, so tests read the real fonts, data and templates.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fonts => Path.Combine(Root, "fonts");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MaterialsGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MaterialsGen.sln not found above the test binaries");
    }
}
