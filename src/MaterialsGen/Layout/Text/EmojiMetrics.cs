namespace MaterialsGen.Layout.Text;

/// <summary>
/// How an emoji picture sits in a line, in ems of the text around it, as Twemoji's own stylesheet sets
/// it: a square one em high, lowered a tenth of an em below the baseline (so it lines up with capitals
/// and descenders alike), with a little room on each side.
/// </summary>
internal static class EmojiMetrics
{
    public const float Size = 1f;

    public const float Descent = 0.1f;

    public const float SideBearing = 0.075f;

    public const float Advance = Size + (2 * SideBearing);
}
