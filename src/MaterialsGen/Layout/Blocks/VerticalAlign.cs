namespace MaterialsGen.Layout.Blocks;

public enum VerticalAlign
{
    Top,
    Middle,
    Bottom,
}
