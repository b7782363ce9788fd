using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// Columns side by side. A row does not split across pages: it moves whole to the next one. With
/// <see cref="EqualHeight"/> every cell is stretched to the tallest (cards in a grid).
/// </summary>
internal sealed record RowBlock(ImmutableArray<RowColumn> Columns, float Gap) : Block
{
    public bool EqualHeight { get; init; }

    /// <summary>The height the row takes at least once stretched (a grid's row given part of the leftover).</summary>
    public float MinHeight { get; init; }

    internal override IEnumerable<Block> ChildBlocks() => Columns.Select(c => c.Content);

    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var widths = Widths(context, width);
        var frames = new Frame[Columns.Length];
        var rowHeight = 0f;
        for (var i = 0; i < Columns.Length; i++)
        {
            var result = Columns[i].Content.Layout(context, widths[i], height);
            if (result.Plan != SpacePlan.Full)
            {
                return result.Plan == SpacePlan.Wrap
                    ? result
                    : BlockResult.Wrap(string.Create(CultureInfo.InvariantCulture, $"row does not fit in the remaining {Math.Max(0, height):0.#} pt"), Columns[i].Content.Source.IsNone ? Source : Columns[i].Content.Source);
            }

            frames[i] = result.Frame;
            rowHeight = Math.Max(rowHeight, result.Frame.Size.Height);
        }

        rowHeight = Math.Max(rowHeight, Math.Min(MinHeight, height));
        if (EqualHeight)
        {
            for (var i = 0; i < Columns.Length; i++)
            {
                if (frames[i].Size.Height < rowHeight - 0.01f)
                {
                    frames[i] = Columns[i].Content.StretchTo(rowHeight).Layout(context, widths[i], height).Frame;
                }
            }
        }

        var builder = new FrameBuilder();
        var x = 0f;
        for (var i = 0; i < Columns.Length; i++)
        {
            var frame = frames[i];
            var dy = Columns[i].Align switch
            {
                VerticalAlign.Middle => (rowHeight - frame.Size.Height) / 2,
                VerticalAlign.Bottom => rowHeight - frame.Size.Height,
                _ => 0,
            };
            builder.Place(frame, x + StackBlock.Offset(Columns[i].Content.Align, widths[i], frame.Size.Width), dy, Columns[i].Content.Tag);
            x += widths[i] + Gap;
        }

        return BlockResult.Full(builder.Build(new Size(width, rowHeight)));
    }

    public override float MinWidth(LayoutContext context) =>
        Columns.Sum(c => c.Width.Kind == ColumnWidthKind.Fixed ? c.Width.Value : c.Content.MinWidth(context)) + TotalGap();

    public override float MaxWidth(LayoutContext context) =>
        Columns.Sum(c => c.Width.Kind == ColumnWidthKind.Fixed ? c.Width.Value : c.Content.MaxWidth(context)) + TotalGap();

    public override Block StretchTo(float height) => height > MinHeight ? this with { MinHeight = height } : this;

    /// <summary>Column widths for a row width: fixed first, then auto (content width), then fractions share the rest.</summary>
    internal float[] Widths(LayoutContext context, float width)
    {
        var widths = new float[Columns.Length];
        var left = width - TotalGap();
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Width.Kind == ColumnWidthKind.Fixed)
            {
                widths[i] = Columns[i].Width.Value;
                left -= widths[i];
            }
        }

        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Width.Kind == ColumnWidthKind.Auto)
            {
                widths[i] = Math.Min(Math.Max(0, left), Columns[i].Content.MaxWidth(context));
                left -= widths[i];
            }
        }

        var fractions = Columns.Where(c => c.Width.Kind == ColumnWidthKind.Fraction).Sum(c => c.Width.Value);
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Width.Kind == ColumnWidthKind.Fraction && fractions > 0)
            {
                widths[i] = Math.Max(0, left) * Columns[i].Width.Value / fractions;
            }
        }

        return widths;
    }

    private float TotalGap() => Gap * Math.Max(0, Columns.Length - 1);
}
