using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Paging;

/// <summary>One finished page: its size and everything on it.</summary>
internal sealed record PageFrame(Size Size, Frame Frame);
