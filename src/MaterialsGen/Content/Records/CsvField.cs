namespace MaterialsGen.Content.Records;

/// <summary>One CSV field with the 1-based position of its first character (the opening quote if quoted).</summary>
internal sealed record CsvField(string Value, int Line, int Column, bool Quoted);
