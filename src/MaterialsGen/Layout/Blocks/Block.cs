using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// A block-level element. Blocks are immutable: laying one out never changes it, and what does not fit
/// comes back as a new block (<see cref="BlockResult.Rest"/>), so a document can be laid out again.
/// </summary>
internal abstract record Block
{
    /// <summary>The markup element (and, through the source map, the template line) this block came from.</summary>
    public SourceSpan Source { get; init; }

    /// <summary>The structure element the block's frame belongs to; whoever places the frame tags it with this.</summary>
    public StructureTag? Tag { get; init; }
    /// <summary>The markup offset of that element, kept by the items the block draws; −1 for blocks made in code.</summary>
    public int SourceOffset { get; init; } = -1;

    /// <summary>Stay on the same page as the following block (headings).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Extra space above and below inside a stack, added to the stack's gap.</summary>
    public float SpaceBefore { get; init; }

    public float SpaceAfter { get; init; }

    /// <summary>Where the block sits when it is narrower than its container.</summary>
    public HorizontalAlign Align { get; init; }

    /// <summary>
    /// The block's share of the height its stack has left over once everything is placed (CSS's
    /// flex-grow): 0 takes none. Only stacks that are given a height (a canvas, a stretched box or row)
    /// have room left over.
    /// </summary>
    public float Grow { get; init; }

    /// <summary>Lays the block out in a region <paramref name="width"/> wide and at most <paramref name="height"/> tall.</summary>
    public abstract BlockResult Layout(LayoutContext context, float width, float height);

    /// <summary>The narrowest width the block can take without overflowing (its widest unbreakable piece).</summary>
    public abstract float MinWidth(LayoutContext context);

    /// <summary>The width the block takes when nothing constrains it.</summary>
    public abstract float MaxWidth(LayoutContext context);

    /// <summary>
    /// A copy at least <paramref name="height"/> tall, for rows whose cells share one height and for the
    /// leftover height a stack gives its growing children; a block that cannot grow returns itself.
    /// </summary>
    public virtual Block StretchTo(float height) => this;

    /// <summary>Whether the block hands extra height to growing children (a box then passes its own on).</summary>
    internal virtual bool DistributesHeight => false;

    /// <summary>The blocks directly inside this one (fit and legibility look through the whole tree).</summary>
    internal virtual IEnumerable<Block> ChildBlocks() => [];

    /// <summary>This block and every block inside it, depth first.</summary>
    internal IEnumerable<Block> Descendants()
    {
        yield return this;
        foreach (var child in ChildBlocks())
        {
            foreach (var nested in child.Descendants())
            {
                yield return nested;
            }
        }
    }
}
