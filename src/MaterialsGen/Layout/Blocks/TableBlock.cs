using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// A table: rows of cells sharing column widths. It splits between body rows across pages and draws
/// its header rows again at the top of every page it continues on; a row never splits.
/// </summary>
internal sealed record TableBlock(ImmutableArray<RowBlock> Header, ImmutableArray<RowBlock> Body) : Block
{
    /// <summary>The outer top and left rule; cells draw their own right and bottom rules, so lines never double.</summary>
    public float RuleWidth { get; init; }

    public Color RuleColor { get; init; }

    /// <summary>Set on the part that continues on a later page: its header rows are drawn again, as artifacts.</summary>
    public bool Continued { get; init; }

    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var builder = new FrameBuilder();
        var y = 0f;
        foreach (var row in Header)
        {
            var result = row.Layout(context, width, height - y);
            if (result.Plan != SpacePlan.Full)
            {
                return BlockResult.Wrap(string.Create(CultureInfo.InvariantCulture, $"table header needs more than the {Math.Max(0, height):0.#} pt left"), Source);
            }

            builder.Place(result.Frame, 0, y, Continued ? StructureTag.RepeatedHeader : row.Tag);
            y += result.Frame.Size.Height;
        }

        var placed = 0;
        foreach (var row in Body)
        {
            var result = row.Layout(context, width, height - y);
            if (result.Plan != SpacePlan.Full)
            {
                break;
            }

            builder.Place(result.Frame, 0, y, row.Tag);
            y += result.Frame.Size.Height;
            placed++;
        }

        if (RuleWidth > 0 && y > 0)
        {
            var half = RuleWidth / 2;
            builder.Add(new LineItem(new Point(0, half), new Point(width, half), RuleColor, RuleWidth) { SourceOffset = SourceOffset });
            builder.Add(new LineItem(new Point(half, 0), new Point(half, y), RuleColor, RuleWidth) { SourceOffset = SourceOffset });
        }

        if (placed == Body.Length)
        {
            return BlockResult.Full(builder.Build(new Size(width, y)));
        }

        if (placed == 0)
        {
            return BlockResult.Wrap(string.Create(CultureInfo.InvariantCulture, $"the next table row does not fit in the {Math.Max(0, height):0.#} pt left"), Body[0].Source.IsNone ? Source : Body[0].Source);
        }

        return BlockResult.Partial(builder.Build(new Size(width, y)), this with { Body = Body[placed..], SpaceBefore = 0, Continued = true });
    }

    public override float MinWidth(LayoutContext context) => Header.Concat(Body).Select(r => r.MinWidth(context)).DefaultIfEmpty(0).Max();

    public override float MaxWidth(LayoutContext context) => Header.Concat(Body).Select(r => r.MaxWidth(context)).DefaultIfEmpty(0).Max();
}
