using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// One laid-out line: its items are positioned from the line box's top-left, the baseline already
/// placed. <see cref="Start"/>/<see cref="End"/> index the paragraph text, for tests and fitting.
/// </summary>
internal sealed record TextLine(int Start, int End, float Width, float Height, float Baseline, ImmutableArray<FrameItem> Items)
{
    /// <summary>When the line had to end inside a word too wide for it, where that word ends; −1 otherwise.</summary>
    public int BrokenWordEnd { get; init; } = -1;

    /// <summary>What the line's frame adds to its items' markup offsets: a line shared with an identical paragraph keeps that one's.</summary>
    public int SourceShift { get; init; }
}
