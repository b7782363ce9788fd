namespace MaterialsGen.Diagnostics;

/// <summary>
/// Where each character of a value read from a file stands in that file. A plain one-line value is a
/// straight run from its first character; a folded or literal YAML block, a quoted value with escapes or
/// a CSV field with doubled quotes keeps one file offset per character; a workbook cell has no characters
/// in a text file, so each of its characters is at the cell. Immutable; a file's line table is shared by
/// all its values.
/// </summary>
internal sealed class TextPositions
{
    private readonly SourceLines? _lines;
    private readonly int _start;
    private readonly int[]? _offsets;
    private readonly SourceSpan _place;

    private TextPositions(SourceLines lines, int start, int[]? offsets)
    {
        _lines = lines;
        _start = start;
        _offsets = offsets;
        _place = SourceSpan.None;
    }

    private TextPositions(SourceSpan place) => _place = place;

    public string File => _lines?.File ?? _place.File;

    /// <summary>A value that is one place as a whole, such as a workbook cell: every character is at <paramref name="place"/>.</summary>
    public static TextPositions Whole(SourceSpan place) => new(place);

    /// <summary>A value whose character i sits at file offset <paramref name="start"/> + i.</summary>
    public static TextPositions Run(SourceLines lines, int start) => new(lines, start, null);

    /// <summary>A value with the file offset of each of its characters.</summary>
    public static TextPositions Table(SourceLines lines, int[] offsets) =>
        offsets.Length > 0 && IsRun(offsets) ? new(lines, offsets[0], null) : new(lines, offsets.Length > 0 ? offsets[0] : 0, offsets);

    /// <summary>The file position of character <paramref name="index"/> of the value (clamped to the value).</summary>
    public SourceSpan At(int index)
    {
        if (_lines is null)
        {
            return _place;
        }

        var offset = _offsets is null
            ? _start + Math.Max(0, index)
            : _offsets.Length == 0 ? _start : _offsets[Math.Clamp(index, 0, _offsets.Length - 1)];
        return _lines.At(offset);
    }

    private static bool IsRun(int[] offsets)
    {
        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] != offsets[0] + i)
            {
                return false;
            }
        }

        return true;
    }
}
