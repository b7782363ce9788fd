using MaterialsGen.Diagnostics;

namespace MaterialsGen.Content.Records;

/// <summary>
/// One CSV field with the 1-based position of its first character (the opening quote if quoted) and the
/// place of each character of its value, so a template error on a record value names row and column
/// (null for a workbook's cell, where the place is the cell).
/// </summary>
internal sealed record CsvField(string Value, int Line, int Column, bool Quoted, TextPositions? Positions);
