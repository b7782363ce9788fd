using System.Collections.Immutable;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Frames;

/// <summary>Collects items for one frame; the only mutable step before a frame is frozen.</summary>
internal sealed class FrameBuilder
{
    private readonly ImmutableArray<FrameItem>.Builder _items = ImmutableArray.CreateBuilder<FrameItem>();

    public void Add(FrameItem item) => _items.Add(item);

    /// <param name="shift">What the frame adds to the markup offsets of its items (<see cref="FrameRef.SourceShift"/>).</param>
    public void Place(Frame frame, float x, float y, StructureTag? tag = null, int shift = 0)
    {
        if (frame.Items.Length > 0)
        {
            _items.Add(new FrameRef(new Point(x, y), frame) { Tag = tag, SourceShift = shift });
        }
    }

    public Frame Build(Size size) => new(size, _items.ToImmutable());
}
