using System.Collections.Concurrent;
using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// The line sets of one prepared paragraph by width, shared by every paragraph of the session that has
/// its text and style (a prepared paragraph is shared that way: <see cref="PreparedParagraphCache"/>).
/// In a batch, pages 2 and 3 of every branch's handout break the same paragraphs at the same widths;
/// only where the markup put them differs, by as many characters as the branch's own header differs.
/// So a line set is made once, and another paragraph takes its lines as they are, each placed with that
/// difference as its frame's <see cref="FrameRef.SourceShift"/>; a line with a link is copied instead, its
/// offsets shifted and its link tag its own (a tag is one structure element per paragraph).
/// A paragraph whose offsets do not differ by one constant (its markup spelled differently: an entity,
/// other white space) gets lines of its own.
/// </summary>
internal sealed class SharedLineSets
{
    private const int MaxWidths = 16;
    private readonly ConcurrentDictionary<float, (List<TextLine> Lines, bool[] Tagged, int[] Origins)> _sets = new();

    /// <param name="origins">The markup offset of each character, for the paragraph asking.</param>
    public List<TextLine> Lines(PreparedParagraph paragraph, float width, int[] origins)
    {
        if (_sets.TryGetValue(width, out var shared) && ShiftBetween(shared.Origins, origins) is { } shift)
        {
            var copy = new List<TextLine>(shared.Lines.Count);
            for (var i = 0; i < shared.Lines.Count; i++)
            {
                var line = shared.Lines[i];
                copy.Add(shared.Tagged[i] ? line with { Items = Shifted(line.Items, shift) } : line with { SourceShift = shift });
            }

            return copy;
        }

        var lines = LineSetter.Set(paragraph, width, origins);
        if (_sets.Count < MaxWidths)
        {
            _sets.TryAdd(width, (lines, [.. lines.Select(l => HasTags(l.Items))], origins));
        }

        return lines;
    }

    /// <summary>Whether the items hold a structure tag (a link's), which must be this paragraph's own object.</summary>
    private static bool HasTags(ImmutableArray<FrameItem> items)
    {
        foreach (var item in items)
        {
            if (item is FrameRef { Tag: not null } || (item is FrameRef reference && HasTags(reference.Frame.Items)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The constant <c>b − a</c> over every known offset, or null when there is none (−1, unknown, must stay unknown).</summary>
    private static int? ShiftBetween(int[] a, int[] b)
    {
        if (a.Length != b.Length)
        {
            return null;
        }

        int? shift = null;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] < 0 || b[i] < 0)
            {
                if (a[i] != b[i])
                {
                    return null;
                }

                continue;
            }

            shift ??= b[i] - a[i];
            if (b[i] - a[i] != shift)
            {
                return null;
            }
        }

        return shift ?? 0;
    }

    private static ImmutableArray<FrameItem> Shifted(ImmutableArray<FrameItem> items, int shift)
    {
        var copy = ImmutableArray.CreateBuilder<FrameItem>(items.Length);
        foreach (var item in items)
        {
            copy.Add(Shifted(item, shift));
        }

        return copy.MoveToImmutable();
    }

    private static FrameItem Shifted(FrameItem item, int shift)
    {
        var offset = Shift(item.SourceOffset, shift);
        return item switch
        {
            GlyphRunItem run => run with { SourceOffset = offset, SourceOffsets = run.SourceOffsets is { } sources ? Shifted(sources, shift) : null },
            FrameRef reference => reference with
            {
                SourceOffset = offset,
                Frame = reference.Frame with { Items = Shifted(reference.Frame.Items, shift) },
                Tag = reference.Tag is { } tag ? new StructureTag(tag.Role) { Alt = tag.Alt, Artifact = tag.Artifact, Numbering = tag.Numbering } : null,
            },
            _ => item with { SourceOffset = offset },
        };
    }

    private static int[] Shifted(int[] offsets, int shift)
    {
        var shifted = new int[offsets.Length];
        for (var i = 0; i < offsets.Length; i++)
        {
            shifted[i] = Shift(offsets[i], shift);
        }

        return shifted;
    }

    private static int Shift(int offset, int shift) => offset < 0 ? offset : offset + shift;
}
