namespace MaterialsGen.Diagnostics;

/// <summary>
/// A place in a project file, 1-based like editors and YamlDotNet's marks, so a user can jump to it.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine = 0, int EndColumn = 0)
{
    /// <summary>A span for diagnostics that concern a whole file or no file at all.</summary>
    public static SourceSpan None { get; } = new(string.Empty, 0, 0);

    public static SourceSpan FileOnly(string file) => new(file, 0, 0);

    public bool IsNone => File.Length == 0;

    /// <summary>
    /// The sheet of a spreadsheet the place is in; then <see cref="Line"/> is the row and <see cref="Column"/>
    /// the column, and the place prints the way spreadsheets name a cell: <c>data/chi-bo.xlsx:Sheet1!E12</c>.
    /// </summary>
    public string? Sheet { get; init; }

    /// <summary>Formats as <c>path:line:col</c> (or <c>path:Sheet!E12</c> in a spreadsheet), dropping the parts that are unknown.</summary>
    public override string ToString()
    {
        if (IsNone)
        {
            return "materialsgen";
        }

        var path = File.Replace('\\', '/');
        if (Sheet is { } sheet)
        {
            return Line <= 0 ? $"{path}:{SheetName(sheet)}" : $"{path}:{SheetName(sheet)}!{ColumnLetters(Math.Max(1, Column))}{Line}";
        }

        return Line <= 0 ? path : Column <= 0 ? $"{path}:{Line}" : $"{path}:{Line}:{Column}";
    }

    /// <summary>A spreadsheet column's letters: 1 is A, 27 is AA.</summary>
    internal static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A sheet name as a cell reference writes it: quoted when it has more than letters, digits and '_'.</summary>
    private static string SheetName(string sheet) =>
        sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
