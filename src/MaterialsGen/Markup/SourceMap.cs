using MaterialsGen.Diagnostics;

namespace MaterialsGen.Markup;

/// <summary>
/// Maps an offset in generated markup back to what produced it: an interval map from markup offsets to
/// the template position that wrote each character and, for a content value the template printed
/// unchanged, the character's position in the content file (escaping accounted for: the five characters
/// of <c>&amp;amp;</c> all map to the one <c>&amp;</c> of the value). The identity map serves
/// hand-written markup files. Immutable; shared by everything laid out from one markup document.
/// </summary>
internal sealed class SourceMap : IOriginMap
{
    private readonly string _name;
    private readonly OutputPiece[] _pieces;
    private readonly bool _hasMarkup;

    private SourceMap(string name, OutputPiece[] pieces, SourceLines? markup)
    {
        _name = name;
        _pieces = pieces;
        _hasMarkup = markup is not null;
        Markup = markup ?? new SourceLines(name, string.Empty);
    }

    /// <summary>Line starts of the markup itself, to turn the XML reader's line and column into an offset.</summary>
    public SourceLines Markup { get; }

    /// <summary>Markup read from a file: positions are the file's own.</summary>
    public static SourceMap Identity(string file) => new(file, [], null);

    /// <summary>Markup a template wrote, piece by piece (<see cref="OutputPiece.Start"/> ascending).</summary>
    internal static SourceMap FromPieces(string markupName, string markup, OutputPiece[] pieces) => new(markupName, pieces, new SourceLines(markupName, markup));

    /// <summary>This map with the line table of <paramref name="markup"/>, which the identity map needs to locate offsets.</summary>
    public SourceMap ForMarkup(string markup) => _hasMarkup ? this : new(_name, _pieces, new SourceLines(_name, markup));

    /// <summary>Where the markup character at <paramref name="offset"/> came from.</summary>
    public SourceOrigin Locate(int offset)
    {
        if (_pieces.Length == 0 || offset < 0)
        {
            return new SourceOrigin(offset < 0 ? SourceSpan.None : Markup.At(offset), SourceSpan.None);
        }

        var index = FindPiece(offset);
        if (index < 0)
        {
            return new SourceOrigin(Markup.At(offset), SourceSpan.None);
        }

        var piece = _pieces[index];
        var within = offset - piece.Start;
        return new SourceOrigin(piece.Written(within), piece.Content?.At(piece.ValueIndex(within)) ?? SourceSpan.None);
    }

    /// <summary>The template position (never the content's) of a markup offset: where an element or attribute is written.</summary>
    public SourceSpan WrittenAt(int offset)
    {
        var hint = -1;
        return WrittenAt(offset, ref hint);
    }

    /// <summary>
    /// <see cref="WrittenAt(int)"/> for offsets visited in increasing order (the parser's): <paramref name="hint"/>
    /// keeps the last piece found, so the next lookup is usually that piece or the one after.
    /// </summary>
    internal SourceSpan WrittenAt(int offset, ref int hint)
    {
        if (_pieces.Length == 0 || offset < 0)
        {
            return offset < 0 ? SourceSpan.None : Markup.At(offset);
        }

        var index = hint;
        while (index >= 0 && index + 1 < _pieces.Length && _pieces[index + 1].Start <= offset && index - hint < 4)
        {
            index++;
        }

        if (index < 0 || _pieces[index].Start > offset || (index + 1 < _pieces.Length && _pieces[index + 1].Start <= offset))
        {
            index = FindPiece(offset);
        }

        hint = index;
        return index < 0 ? Markup.At(offset) : _pieces[index].Written(offset - _pieces[index].Start);
    }

    /// <summary>The template position of a markup line and column (as the XML reader reports them).</summary>
    public SourceSpan Map(int line, int column) => WrittenAt(Markup.OffsetOf(line, column));

    private int FindPiece(int offset)
    {
        int low = 0, high = _pieces.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (_pieces[mid].Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
