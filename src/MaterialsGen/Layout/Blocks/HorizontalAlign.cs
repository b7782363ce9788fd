namespace MaterialsGen.Layout.Blocks;

internal enum HorizontalAlign
{
    Left,
    Center,
    Right,
}
