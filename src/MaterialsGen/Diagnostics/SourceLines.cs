namespace MaterialsGen.Diagnostics;

/// <summary>
/// The line starts of a text, to turn a character offset into a 1-based line and column. A line ends at
/// LF, CR LF or a lone CR, as XML readers, YAML parsers and editors count them.
/// </summary>
internal sealed class SourceLines
{
    private readonly int[] _starts;

    public SourceLines(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        File = file;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
        Length = text.Length;
    }

    public string File { get; }

    public int Length { get; }

    /// <summary>The position of <paramref name="offset"/>, clamped to the text.</summary>
    public SourceSpan At(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        var line = Array.BinarySearch(_starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceSpan(File, line + 1, offset - _starts[line] + 1);
    }

    /// <summary>The offset of a 1-based line and column (as XmlReader reports them), clamped to the text.</summary>
    public int OffsetOf(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        var start = line <= _starts.Length ? _starts[line - 1] : Length;
        return Math.Clamp(start + Math.Max(0, column - 1), 0, Length);
    }
}
