using System.Collections.Immutable;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>Children one under another with a gap; splits between children, or inside one that can split.</summary>
internal sealed record StackBlock(ImmutableArray<Block> Children, float Gap) : Block
{
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

                return BlockResult.Partial(Draw(placed, width), this with { Children = Children[from..], SpaceBefore = 0 });
            }

            var x = Offset(child.Align, width, result.Frame.Size.Width);
            y += before;
            placed.Add((x != 0 ? Shift(result.Frame, x) : result.Frame, y, i));

            y += result.Frame.Size.Height;
            if (result.Plan == SpacePlan.Partial && result.Rest is not null)
            {
                var rest = Children[(i + 1)..].Insert(0, result.Rest);
                return BlockResult.Partial(Draw(placed, width), this with { Children = rest, SpaceBefore = 0 });
            }

            // A page break as the last child of a nested stack still ends the page of the outer flow.
            breakAfter = result.BreakAfter;
            if (result.BreakAfter && i + 1 < Children.Length)
            {
                return BlockResult.Partial(Draw(placed, width), this with { Children = Children[(i + 1)..], SpaceBefore = 0 });
            }
        }

        return BlockResult.Full(Draw(placed, width)) with { BreakAfter = breakAfter };
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

    private Frame Draw(List<(Frame Frame, float Y, int Index)> placed, float width)
    {
        var builder = new FrameBuilder();
        var bottom = 0f;
        foreach (var (frame, y, index) in placed)
        {
            builder.Place(frame, 0, y, Children[index].Tag);
            bottom = y + frame.Size.Height;
        }

        return builder.Build(new Size(width, bottom));
    }
}
