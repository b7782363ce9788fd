using MaterialsGen.Build;
using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Tests.Support;

/// <summary>The project's fonts, loaded once for the whole test run like the CLI does per process.</summary>
internal static class TestFonts
{
    // One engine session over the repository for the whole run; never disposed, like a process's.
    private static readonly Lazy<Workspace> Session = new(() => new Workspace(RepoPaths.Root));

    public static Workspace Workspace => Session.Value;

    private static readonly Lazy<FontLibrary> Shared = new(() => Session.Value.Fonts);

    public static FontLibrary Library => Shared.Value;
}
