using System.Collections.Immutable;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// The outcome of laying a block out in a region. <see cref="Rest"/> is the explicit resume state of a
/// partial result: a new immutable block holding what did not fit. A wrap names the innermost block
/// that could not fit and why, so overflow becomes a located error instead of silent clipping: the
/// content whose text does not fit first, with the template lines that printed it and hold it as notes.
/// </summary>
internal sealed record BlockResult(SpacePlan Plan, Frame Frame, Block? Rest, string? Reason = null, SourceSpan Source = default)
{
    /// <summary>A page break was asked for after this result; the flow moves <see cref="Rest"/> to a new page.</summary>
    public bool BreakAfter { get; init; }

    /// <summary>Further places a wrap points at (the template line that printed the text, the box it overflows).</summary>
    public ImmutableArray<DiagnosticNote> Notes { get; init; } = [];

    public static BlockResult Full(Frame frame) => new(SpacePlan.Full, frame, null);

    public static BlockResult Partial(Frame frame, Block rest) => new(SpacePlan.Partial, frame, rest);

    public static BlockResult Wrap(string reason, SourceSpan source) => new(SpacePlan.Wrap, Frame.Empty, null, reason, source);

    /// <summary>A wrap at the text <paramref name="origin"/> locates: content first, the template as a note.</summary>
    public static BlockResult Wrap(string reason, SourceOrigin origin) => Wrap(reason, origin.Primary) with { Notes = origin.Notes() };
}
