namespace MaterialsGen.Content.Records;

/// <summary>One CSV record; <see cref="EndLine"/>/<see cref="EndColumn"/> is just past its last field.</summary>
internal sealed record CsvRow(IReadOnlyList<CsvField> Fields, int Line, int EndLine, int EndColumn);
