using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Paging;

/// <summary>One finished page: its size and everything on it.</summary>
internal sealed record PageFrame(Size Size, Frame Frame)
{
    /// <summary>Where the printed piece is cut (the PDF TrimBox); null for the whole page.</summary>
    public Rect? Trim { get; init; }

    /// <summary>How far the artwork runs past the cut, for printing to the edge (the PDF BleedBox); null for none.</summary>
    public Rect? Bleed { get; init; }
}
