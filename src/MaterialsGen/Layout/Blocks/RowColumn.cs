namespace MaterialsGen.Layout.Blocks;

/// <summary>One cell of a row: its content, width rule and vertical alignment.</summary>
internal sealed record RowColumn(Block Content, ColumnWidth Width, VerticalAlign Align = VerticalAlign.Top);
