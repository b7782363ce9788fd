using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// Children one under another with a gap; splits between children, or inside one that can split. A
/// stack given a height (<see cref="MinHeight"/>) shares what is left over among its children by their
/// <see cref="Block.Grow"/>: a child that can stretch (a box, a row, a spacer) becomes taller, one that
/// cannot keeps its height and the share becomes room below it.
/// </summary>
internal sealed record StackBlock(ImmutableArray<Block> Children, float Gap) : Block
{
    /// <summary>The height the stack fills when its children grow; 0 leaves it at its content's height.</summary>
    public float MinHeight { get; init; }

    private bool HasGrowingChildren => Children.Any(c => c.Grow > 0);

    internal override bool DistributesHeight => HasGrowingChildren;

    public override Block StretchTo(float height) => HasGrowingChildren && height > MinHeight ? this with { MinHeight = height } : this;

    internal override IEnumerable<Block> ChildBlocks() => Children;

    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var placed = new List<(Frame Frame, float Y, int Index)>();
        var y = 0f;
        var breakAfter = false;
        for (var i = 0; i < Children.Length; i++)
        {
            var child = Children[i];
            var before = placed.Count == 0 ? child.SpaceBefore : Gap + Children[i - 1].SpaceAfter + child.SpaceBefore;
            var result = child.Layout(context, width, height - y - before);
            if (result.Plan == SpacePlan.Wrap)
            {
                if (placed.Count == 0)
                {
                    return result;
                }

                // A heading kept with what follows moves to the next page with it.
                var from = i;
                while (from > 0 && Children[from - 1].KeepWithNext && placed.Count > 1 && placed[^1].Index == from - 1)
                {
                    placed.RemoveAt(placed.Count - 1);
                    from--;
                }

                return BlockResult.Partial(Draw(placed, width), this with { Children = Children[from..], SpaceBefore = 0, MinHeight = 0 });
            }

            var x = Offset(child.Align, width, result.Frame.Size.Width);
            y += before;
            placed.Add((x != 0 ? Shift(result.Frame, x) : result.Frame, y, i));

            y += result.Frame.Size.Height;
            if (result.Plan == SpacePlan.Partial && result.Rest is not null)
            {
                var rest = Children[(i + 1)..].Insert(0, result.Rest);
                return BlockResult.Partial(Draw(placed, width), this with { Children = rest, SpaceBefore = 0, MinHeight = 0 });
            }

            // A page break as the last child of a nested stack still ends the page of the outer flow.
            breakAfter = result.BreakAfter;
            if (result.BreakAfter && i + 1 < Children.Length)
            {
                return BlockResult.Partial(Draw(placed, width), this with { Children = Children[(i + 1)..], SpaceBefore = 0, MinHeight = 0 });
            }
        }

        if (MinHeight > y + 0.01f && HasGrowingChildren)
        {
            Distribute(placed, context, width, Math.Min(MinHeight, height) - y);
        }

        return BlockResult.Full(Draw(placed, width, Math.Max(y, Math.Min(MinHeight, height)))) with { BreakAfter = breakAfter };
    }

    /// <summary>Gives the leftover height to the growing children in proportion to their grow, moving what follows down.</summary>
    private void Distribute(List<(Frame Frame, float Y, int Index)> placed, LayoutContext context, float width, float extra)
    {
        if (extra <= 0)
        {
            return;
        }

        var total = placed.Sum(p => Children[p.Index].Grow);
        var shift = 0f;
        for (var k = 0; k < placed.Count; k++)
        {
            var (frame, y, index) = placed[k];
            var child = Children[index];
            var share = child.Grow > 0 ? extra * child.Grow / total : 0;
            if (share > 0)
            {
                var target = frame.Size.Height + share;
                var stretched = child.StretchTo(target);
                if (!ReferenceEquals(stretched, child) && stretched.Layout(context, width, target) is { Plan: SpacePlan.Full } result)
                {
                    var x = Offset(child.Align, width, result.Frame.Size.Width);
                    frame = x != 0 ? Shift(result.Frame, x) : result.Frame;
                }
            }

            placed[k] = (frame, y + shift, index);
            shift += share;
        }
    }

    public override float MinWidth(LayoutContext context) => Children.IsEmpty ? 0 : Children.Max(c => c.MinWidth(context));

    public override float MaxWidth(LayoutContext context) => Children.IsEmpty ? 0 : Children.Max(c => c.MaxWidth(context));

    internal static float Offset(HorizontalAlign align, float width, float childWidth) => align switch
    {
        HorizontalAlign.Center => Math.Max(0, (width - childWidth) / 2),
        HorizontalAlign.Right => Math.Max(0, width - childWidth),
        _ => 0,
    };

    private static Frame Shift(Frame frame, float x)
    {
        var builder = new FrameBuilder();
        builder.Place(frame, x, 0);
        return builder.Build(frame.Size with { Width = frame.Size.Width + x });
    }

    private Frame Draw(List<(Frame Frame, float Y, int Index)> placed, float width, float minHeight = 0)
    {
        var builder = new FrameBuilder();
        var bottom = 0f;
        foreach (var (frame, y, index) in placed)
        {
            builder.Place(frame, 0, y, Children[index].Tag);
            bottom = y + frame.Size.Height;
        }

        return builder.Build(new Size(width, Math.Max(bottom, minHeight)));
    }
}
