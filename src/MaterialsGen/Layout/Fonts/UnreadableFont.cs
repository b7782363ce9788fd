using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Fonts;

/// <summary>
/// A file in fonts/ the library left out, and why. The library is made once per session, before any
/// output asks for it, so the problem is kept here and every output composed with the library reports
/// it: a build that lays out one output still says why a family it expected is missing.
/// </summary>
/// <param name="Path">Its project path, where the warning points.</param>
/// <param name="Reason">Why it was left out, as a clause: "the file is empty".</param>
internal sealed record UnreadableFont(string Path, string Reason)
{
    public const string Code = "MG0303";

    /// <summary>True for the project's emoji set (a zip of SVGs) rather than a font file.</summary>
    public bool IsEmojiSet => Path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    public Diagnostic Warning() => Diagnostic.Warning(
        Code,
        IsEmojiSet
            ? $"not a zip of emoji SVGs MaterialsGen can read ({Reason}), so the project has no emoji set; replace it with a zip of emoji SVGs such as Twemoji's, or remove it"
            : $"not a font file MaterialsGen can read ({Reason}), so it is left out of the fonts; replace it with a .ttf or .otf font, or remove it",
        SourceSpan.FileOnly(Path));
}
