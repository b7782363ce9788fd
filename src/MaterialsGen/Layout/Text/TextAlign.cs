namespace MaterialsGen.Layout.Text;

public enum TextAlign
{
    Left,
    Center,
    Right,
    Justify,
}
