using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace MaterialsGen.Tests.Support;

/// <summary>A PDF's objects as PdfPig reads them, with references resolved: what the rule checker and tag tests walk.</summary>
internal sealed class PdfObjects(PdfDocument pdf)
{
    public PdfDocument Pdf { get; } = pdf;

    public DictionaryToken Catalog => Pdf.Structure.Catalog.CatalogDictionary;

    public IToken? Resolve(IToken? token)
    {
        for (var hops = 0; token is IndirectReferenceToken reference && hops < 32; hops++)
        {
            token = Pdf.Structure.GetObject(reference.Data).Data;
        }

        return token;
    }

    public IToken? Get(DictionaryToken dictionary, string key) =>
        dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(token) : null;

    public DictionaryToken? Dictionary(DictionaryToken dictionary, string key) => Get(dictionary, key) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    public string? Name(DictionaryToken dictionary, string key) => (Get(dictionary, key) as NameToken)?.Data;

    public IReadOnlyList<IToken> Array(DictionaryToken dictionary, string key) => Get(dictionary, key) switch
    {
        ArrayToken a => a.Data,
        null => [],
        var single => [single],
    };

    public static string? Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    public static byte[] Decode(StreamToken stream) => stream.Decode(DefaultFilterProvider.Instance).ToArray();

    /// <summary>Every page dictionary, in order.</summary>
    public IEnumerable<DictionaryToken> Pages() => Enumerable.Range(1, Pdf.NumberOfPages).Select(n => Pdf.GetPage(n).Dictionary);

    /// <summary>The structure elements, depth first in reading order, with their parent's type.</summary>
    public IEnumerable<(DictionaryToken Element, string? ParentType)> StructureElements()
    {
        var root = Dictionary(Catalog, "StructTreeRoot");
        if (root is null)
        {
            yield break;
        }

        var pending = new Stack<(IToken Token, string? Parent)>();
        foreach (var kid in Array(root, "K").Reverse())
        {
            pending.Push((kid, null));
        }

        while (pending.Count > 0)
        {
            var (token, parent) = pending.Pop();
            if (Resolve(token) is not DictionaryToken element || Name(element, "Type") is "MCR" or "OBJR")
            {
                continue;
            }

            yield return (element, parent);
            foreach (var kid in Array(element, "K").Reverse())
            {
                pending.Push((kid, Name(element, "S")));
            }
        }
    }
}
