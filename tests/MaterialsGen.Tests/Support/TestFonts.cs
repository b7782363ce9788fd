using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Tests.Support;

/// <summary>The project's fonts, loaded once for the whole test run like the CLI does per process.</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontLibrary> Shared = new(() => FontLibrary.Load(RepoPaths.Fonts, RepoPaths.Root));

    public static FontLibrary Library => Shared.Value;
}
