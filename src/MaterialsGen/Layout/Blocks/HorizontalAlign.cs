namespace MaterialsGen.Layout.Blocks;

public enum HorizontalAlign
{
    Left,
    Center,
    Right,
}
