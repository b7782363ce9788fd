namespace MaterialsGen.Layout.Text;

internal enum TextAlign
{
    Left,
    Center,
    Right,
    Justify,
}
