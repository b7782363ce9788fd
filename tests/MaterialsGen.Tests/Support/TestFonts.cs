using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Tests.Support;

/// <summary>The project's fonts, loaded once for the whole test run like the CLI does per process.</summary>
internal static class TestFonts
{
    private static readonly Lazy<FontLibrary> Shared = new(() => FontLibrary.Load(RepoPaths.Fonts, RepoPaths.Root, emoji: Emoji()));

    /// <summary>The project's emoji set, as the workspace opens it.</summary>
    public static EmojiSet Emoji() => EmojiSet.Open(File.ReadAllBytes(Path.Combine(RepoPaths.Fonts, "emoji", "twemoji.zip")), "fonts/emoji/twemoji.zip");

    public static FontLibrary Library => Shared.Value;
}
