namespace MaterialsGen.Layout.Blocks;

internal enum VerticalAlign
{
    Top,
    Middle,
    Bottom,
}
