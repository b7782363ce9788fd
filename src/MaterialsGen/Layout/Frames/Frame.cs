using System.Collections.Immutable;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Frames;

/// <summary>An immutable laid-out piece: a size and the items in it, positioned from its top-left.</summary>
internal sealed record Frame(Size Size, ImmutableArray<FrameItem> Items)
{
    public static Frame Empty { get; } = new(Size.Zero, []);

    /// <summary>Every item with its absolute position, nested frames flattened (tests and text checks read this).</summary>
    public IEnumerable<(Point Offset, FrameItem Item)> Flatten(Point origin = default) => FlattenWithShifts(origin).Select(x => (x.Offset, x.Item));

    /// <summary>
    /// <see cref="Flatten"/>, in the same order, with the shift the frames around each item add to its markup
    /// offsets (<see cref="FrameRef.SourceShift"/>), for mapping an item back to its source.
    /// </summary>
    public IEnumerable<(Point Offset, FrameItem Item, int Shift)> FlattenWithShifts(Point origin = default, int shift = 0)
    {
        foreach (var item in Items)
        {
            if (item is FrameRef child)
            {
                foreach (var nested in child.Frame.FlattenWithShifts(origin.Offset(child.Offset.X, child.Offset.Y), shift + child.SourceShift))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return (origin, item, shift);
            }
        }
    }
}
