using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// A table: rows of cells sharing column widths. It splits between body rows across pages and draws
/// its header rows again at the top of every page it continues on; a row never splits. With
/// <see cref="Columns"/> the widths come from <see cref="TableColumns"/> over every row of the table
/// (also the rows already placed on earlier pages), so they never change from page to page.
/// </summary>
internal sealed record TableBlock(ImmutableArray<RowBlock> Header, ImmutableArray<RowBlock> Body) : Block
{
    private readonly WidthCache _widths = new();

    /// <summary>The outer top and left rule; cells draw their own right and bottom rules, so lines never double.</summary>
    public float RuleWidth { get; init; }

    public Color RuleColor { get; init; }

    /// <summary>How wide each column is; empty means every row keeps its own column widths.</summary>
    public ImmutableArray<ColumnWidth> Columns { get; init; } = [];

    /// <summary>Every row the column widths are measured over: the whole table, even after it split.</summary>
    public ImmutableArray<RowBlock> SizingRows { get; init; } = [];

    /// <summary>Set on the part that continues on a later page: its header rows are drawn again, as artifacts.</summary>
    public bool Continued { get; init; }

    public override BlockResult Layout(LayoutContext context, float width, float height)
    {
        var widths = Widths(context, width);
        var builder = new FrameBuilder();
        var y = 0f;
        foreach (var row in Header)
        {
            var result = Sized(row, widths).Layout(context, width, height - y);
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
            var result = Sized(row, widths).Layout(context, width, height - y);
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

    public override float MinWidth(LayoutContext context) => Rows().Select(r => Sized(r, null).MinWidth(context)).DefaultIfEmpty(0).Max();

    public override float MaxWidth(LayoutContext context) => Rows().Select(r => Sized(r, null).MaxWidth(context)).DefaultIfEmpty(0).Max();

    internal override IEnumerable<Block> ChildBlocks() => Header.Concat(Body);

    private IEnumerable<RowBlock> Rows() => SizingRows.IsDefaultOrEmpty ? Header.Concat(Body) : SizingRows;

    /// <summary>The shared widths for this table width (computed once, warnings given once), or null without <see cref="Columns"/>.</summary>
    private float[]? Widths(LayoutContext context, float width)
    {
        if (Columns.IsDefaultOrEmpty)
        {
            return null;
        }

        var (widths, tooNarrow) = _widths.Get((width, context.FitScale), () => TableColumns.Compute(Columns, Rows(), context, width));
        TableColumns.Warn(context, Source, tooNarrow);

        return widths;
    }

    /// <summary>A row with the table's widths, or with its own column rules (for measuring) when widths is null.</summary>
    private RowBlock Sized(RowBlock row, float[]? widths)
    {
        if (Columns.IsDefaultOrEmpty)
        {
            return row;
        }

        var columns = ImmutableArray.CreateBuilder<RowColumn>(row.Columns.Length);
        for (var c = 0; c < row.Columns.Length; c++)
        {
            var rule = widths is not null && c < widths.Length ? new ColumnWidth(ColumnWidthKind.Fixed, widths[c])
                : c < Columns.Length && Columns[c].Kind == ColumnWidthKind.Fixed ? Columns[c]
                : new ColumnWidth(ColumnWidthKind.Auto, 0);
            columns.Add(row.Columns[c] with { Width = rule });
        }

        return row with { Columns = columns.MoveToImmutable() };
    }

    public bool Equals(TableBlock? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>Column widths by table width and fit scale, shared by a table and the rests split from it.</summary>
    private sealed class WidthCache
    {
        private readonly Dictionary<(float, float), (float[], List<(int, float, float)>)> _entries = [];

        public (float[] Widths, List<(int Column, float Width, float Needed)> TooNarrow) Get((float Width, float Scale) key, Func<(float[], List<(int, float, float)>)> compute)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = compute();
                _entries[key] = entry;
            }

            return entry;
        }
    }
}
