namespace MaterialsGen.Tests.Support;

/// <summary>Paths in the repository the tests read: the real fonts, data and templates.</summary>
internal static class RepoPaths
{
    public static string Root => RepoRoot.Path;

    public static string Fonts => Path.Combine(Root, "fonts");
}
