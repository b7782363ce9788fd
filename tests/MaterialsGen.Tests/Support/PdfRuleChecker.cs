using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace MaterialsGen.Tests.Support;

/// <summary>
/// Reads a PDF back with PdfPig and checks the machine-checkable rules of PDF/A-2b (ISO 19005-2) and
/// PDF/UA-1 (ISO 14289-1) that our writer could break, clause by clause as krilla's PDF_A2.md and
/// PDF_UA1.md list them; veraPDF is not available here. Each violation names its clause.
/// </summary>
internal static partial class PdfRuleChecker
{
    private static readonly string[] PaintOperators = ["TJ", "Tj", "'", "\"", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh", "Do"];

    public static List<string> PdfA2b(byte[] file)
    {
        var problems = new List<string>();
        var head = Encoding.Latin1.GetString(file, 0, 16);
        Check(problems, Regex.IsMatch(head, @"^%PDF-1\.[0-7]\n%"), "6.1.2: header %PDF-1.n then a comment line");
        Check(problems, file.Skip(head.IndexOf('\n', StringComparison.Ordinal) + 2).Take(4).All(b => b > 127), "6.1.2: the comment after the header has four bytes above 127");
        using var pdf = PdfDocument.Open(file);
        var objects = new PdfObjects(pdf);
        var trailer = pdf.Structure.Trailer;
        Check(problems, trailer.Identifier is { Count: 2 }, "6.1.3: the trailer has an /ID");
        Check(problems, trailer.EncryptionToken is null, "6.1.3: no encryption");
        Check(problems, !Encoding.Latin1.GetString(file).Contains("/LZWDecode", StringComparison.Ordinal), "6.1.7: no LZW");

        // 6.6: XMP that says what the Info dictionary says, and the PDF/A identification.
        var xmp = Xmp(objects, problems);
        if (xmp is not null)
        {
            Check(problems, Value(xmp, "pdfaid", "part") == "2" && Value(xmp, "pdfaid", "conformance") == "B", "6.6.4: pdfaid:part 2, pdfaid:conformance B");
            var info = pdf.Information;
            Check(problems, Value(xmp, "dc", "title") == info.Title, "6.6.3: dc:title is the Info /Title");
            Check(problems, Value(xmp, "dc", "creator") == info.Author, "6.6.3: dc:creator is the Info /Author");
            Check(problems, Value(xmp, "dc", "description") == info.Subject, "6.6.3: dc:description is the Info /Subject");
            Check(problems, Value(xmp, "pdf", "Keywords") == info.Keywords, "6.6.3: pdf:Keywords is the Info /Keywords");
            Check(problems, Value(xmp, "pdf", "Producer") == info.Producer, "6.6.3: pdf:Producer is the Info /Producer");
            Check(problems, Value(xmp, "xmp", "CreatorTool") == info.Creator, "6.6.3: xmp:CreatorTool is the Info /Creator");
            Check(problems, SameInstant(Value(xmp, "xmp", "CreateDate"), info.CreationDate), "6.6.3: xmp:CreateDate is the Info /CreationDate");
            Check(problems, SameInstant(Value(xmp, "xmp", "ModifyDate"), info.ModifiedDate), "6.6.3: xmp:ModifyDate is the Info /ModDate");
            var declared = xmp.Descendants(XName.Get("prefix", "http://www.aiim.org/pdfa/ns/schema#")).Select(e => e.Value).ToHashSet();
            foreach (var property in xmp.Descendants().Where(e => e.Name.NamespaceName == "http://www.aiim.org/pdfua/ns/id/"))
            {
                Check(problems, declared.Contains("pdfuaid"), $"6.6.2.3.2: {property.Name.LocalName} of pdfuaid is described by an extension schema");
            }
        }

        // 6.2.3: an output intent with an RGB ICC profile, which gives DeviceRGB and DeviceGray their meaning.
        var intents = objects.Array(objects.Catalog, "OutputIntents").Select(objects.Resolve).OfType<DictionaryToken>().ToList();
        Check(problems, intents.Count == 1 && objects.Name(intents[0], "S") == "GTS_PDFA1", "6.2.3: one GTS_PDFA1 output intent");
        if (intents.Count == 1 && objects.Get(intents[0], "DestOutputProfile") is StreamToken profile)
        {
            var icc = PdfObjects.Decode(profile);
            Check(problems, Encoding.ASCII.GetString(icc, 36, 4) == "acsp" && Encoding.ASCII.GetString(icc, 16, 4) == "RGB " && icc[8] <= 4, "6.2.3: the profile is an ICC (version 4 or older) RGB profile");
            Check(problems, objects.Get(profile.StreamDictionary, "N") is NumericToken { Int: 3 }, "6.2.3: the profile stream says /N 3");
        }

        foreach (var (page, number) in objects.Pages().Select((p, i) => (p, i + 1)))
        {
            var content = PageContent(objects, page);
            Check(problems, !Regex.IsMatch(content, @"\s(k|K|cs|CS|scn|SCN|ri|i)\s"), $"6.2.4.3: page {number} uses no DeviceCMYK, colour-space or rendering-intent operators");
            Check(problems, !Regex.IsMatch(content, @"\sBI\s"), $"6.1.10: page {number} has no inline images");
            foreach (var annotation in objects.Array(page, "Annots").Select(objects.Resolve).OfType<DictionaryToken>())
            {
                var flags = objects.Get(annotation, "F") is NumericToken f ? f.Int : 0;
                Check(problems, (flags & 4) != 0 && (flags & 0b100011) == 0, $"6.3.2: page {number}'s annotations print and are not hidden");
                Check(problems, objects.Dictionary(annotation, "A") is not { } action || objects.Name(action, "S") is "URI" or "GoTo", "6.5.1: only URI and GoTo actions");
            }

            foreach (var (name, font) in Fonts(objects, page))
            {
                CheckFont(objects, font, Codes(content, name), number, problems);
            }
        }

        Check(problems, objects.Get(objects.Catalog, "AA") is null && objects.Get(objects.Catalog, "OCProperties") is null, "6.5.2/6.9: no additional actions or optional content");
        return problems;
    }

    /// <summary>
    /// What PDF/UA-1 asks of the tags, for any of our files: every rule but the metadata ones (the
    /// pdfuaid claim, dc:title in XMP), which only files that claim the standard carry.
    /// </summary>
    public static List<string> Tagging(byte[] file) =>
        [.. PdfUa1(file).Where(p => !p.StartsWith("5:", StringComparison.Ordinal) && !p.StartsWith("7.1-8:", StringComparison.Ordinal) && !p.StartsWith("6.6.2.1:", StringComparison.Ordinal))];

    public static List<string> PdfUa1(byte[] file)
    {
        var problems = new List<string>();
        using var pdf = PdfDocument.Open(file);
        var objects = new PdfObjects(pdf);
        var catalog = objects.Catalog;
        var xmp = Xmp(objects, problems);
        Check(problems, xmp is not null && Value(xmp, "pdfuaid", "part") == "1", "5: pdfuaid:part 1");
        Check(problems, xmp is not null && !string.IsNullOrEmpty(Value(xmp, "dc", "title")), "7.1-8: dc:title in the metadata");
        Check(problems, objects.Dictionary(catalog, "ViewerPreferences") is { } prefs && objects.Get(prefs, "DisplayDocTitle") is BooleanToken { Data: true }, "7.1-10: DisplayDocTitle true");
        Check(problems, objects.Dictionary(catalog, "MarkInfo") is { } mark && objects.Get(mark, "Marked") is BooleanToken { Data: true }, "7.1-11: MarkInfo /Marked true");
        Check(problems, PdfObjects.Text(objects.Get(catalog, "Lang")) is { Length: > 0 }, "7.2-3: the document language");
        var tree = objects.Dictionary(catalog, "StructTreeRoot");
        Check(problems, tree is not null, "7.1-2: a structure tree");

        // Elements: standard types only, alt text on figures, a scope on header cells, table and list nesting, no skipped heading levels.
        string[] standard = ["Document", "Part", "Sect", "Div", "P", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TFoot", "TR", "TH", "TD", "Figure", "Link", "BlockQuote", "Quote", "Span", "Caption"];
        var level = 0;
        var elements = objects.StructureElements().ToList();
        foreach (var (element, parent) in elements)
        {
            var type = objects.Name(element, "S") ?? "?";
            Check(problems, standard.Contains(type), $"7.1-5: {type} is a standard structure type");
            Check(problems, type != "Figure" || PdfObjects.Text(objects.Get(element, "Alt")) is { Length: > 0 }, "7.3-1: a figure has alt text");
            Check(problems, type != "TH" || objects.Dictionary(element, "A") is { } a && objects.Name(a, "Scope") is "Column" or "Row" or "Both", "7.5-1: a header cell has a scope");
            Check(problems, type is not ("TH" or "TD") || parent == "TR", $"7.5: {type} inside TR, not {parent}");
            Check(problems, type != "TR" || parent is "Table" or "THead" or "TBody" or "TFoot", $"7.5: TR inside a table, not {parent}");
            Check(problems, type != "LI" || parent == "L", $"7.6: LI inside L, not {parent}");
            Check(problems, type is not ("Lbl" or "LBody") || parent == "LI", $"7.6: {type} inside LI, not {parent}");
            if (type is ['H', >= '1' and <= '6'])
            {
                var next = type[1] - '0';
                Check(problems, next <= level + 1, $"7.4.2: heading {type} does not skip a level after H{level}");
                level = next;
            }
        }

        // Every MCID in a page's content is the content of the element the parent tree names for it.
        var parentTree = tree is null ? [] : ParentTree(objects, tree);
        foreach (var (page, number) in objects.Pages().Select((p, i) => (p, i + 1)))
        {
            var content = PageContent(objects, page);
            var unmarked = Unmarked(content);
            Check(problems, unmarked is null, $"7.1-3: page {number} draws ({unmarked}) outside marked content");
            var key = objects.Get(page, "StructParents") is NumericToken k ? k.Int : -1;
            var mcids = McidRegex().Matches(content).Select(m => (Tag: m.Groups[1].Value, Mcid: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
            var owners = parentTree.TryGetValue(key, out var list) ? list : null;
            foreach (var (tag, mcid) in mcids)
            {
                var owner = owners is not null && mcid < owners.Count ? owners[mcid] as DictionaryToken : null;
                Check(problems, owner is not null && objects.Name(owner, "S") == tag, $"7.1: MCID {mcid} on page {number} belongs to a {tag} element in the parent tree");
            }

            var annotations = objects.Array(page, "Annots").Select(objects.Resolve).OfType<DictionaryToken>().ToList();
            Check(problems, annotations.Count == 0 || objects.Name(page, "Tabs") == "S", $"7.18.3: page {number} with annotations has /Tabs /S");
            foreach (var annotation in annotations)
            {
                Check(problems, PdfObjects.Text(objects.Get(annotation, "Contents")) is { Length: > 0 }, "7.18.1: an annotation has /Contents");
                var owner = objects.Get(annotation, "StructParent") is NumericToken p && parentTree.TryGetValue(p.Int, out var o) && o.Count == 1 ? o[0] as DictionaryToken : null;
                Check(problems, owner is not null && objects.Name(owner, "S") == "Link", "7.18.5: a link annotation is the kid of a Link element");
            }

            foreach (var (name, font) in Fonts(objects, page))
            {
                var codes = Codes(content, name);
                CheckFont(objects, font, codes, number, problems);
                CheckUnicode(objects, font, codes, number, problems);
            }
        }

        return problems;
    }

    private static void CheckFont(PdfObjects objects, DictionaryToken font, HashSet<int> codes, int page, List<string> problems)
    {
        var descendant = objects.Array(font, "DescendantFonts").Select(objects.Resolve).OfType<DictionaryToken>().FirstOrDefault() ?? font;
        var descriptor = objects.Dictionary(descendant, "FontDescriptor");
        Check(problems, descriptor is not null && (objects.Get(descriptor, "FontFile2") ?? objects.Get(descriptor, "FontFile") ?? objects.Get(descriptor, "FontFile3")) is StreamToken, $"6.2.11.4.1/7.21.4.1: page {page}'s fonts are embedded");
        if (objects.Name(descendant, "Subtype") == "CIDFontType2")
        {
            Check(problems, objects.Get(descendant, "CIDToGIDMap") is not null, "6.2.11.3.2/7.21.3.2: a CIDFontType2 font has a CIDToGIDMap");
            Check(problems, !codes.Contains(0), $"6.2.11.8/7.21.8: page {page} draws no .notdef glyph");
        }
    }

    /// <summary>7.21.7: every code drawn maps to Unicode text, none of it U+0000, U+FEFF or U+FFFE.</summary>
    private static void CheckUnicode(PdfObjects objects, DictionaryToken font, HashSet<int> codes, int page, List<string> problems)
    {
        if (objects.Get(font, "ToUnicode") is not StreamToken map)
        {
            problems.Add("7.21.7: a font has a ToUnicode map");
            return;
        }

        var mapped = new Dictionary<int, string>();
        foreach (Match m in BfCharRegex().Matches(Encoding.Latin1.GetString(PdfObjects.Decode(map))))
        {
            var hex = m.Groups[2].Value;
            mapped[Convert.ToInt32(m.Groups[1].Value, 16)] = string.Concat(Enumerable.Range(0, hex.Length / 4).Select(i => (char)Convert.ToInt32(hex.Substring(i * 4, 4), 16)));
        }

        foreach (var code in codes)
        {
            Check(problems, mapped.TryGetValue(code, out var text) && text.Length > 0 && !text.Any(c => c is '\0' or '\uFEFF' or '\uFFFE'), $"7.21.7: glyph {code} on page {page} maps to Unicode text");
        }
    }

    /// <summary>The two-byte codes drawn with the font named <paramref name="name"/>: the hex strings from its Tf to the next Tf or ET.</summary>
    private static HashSet<int> Codes(string content, string name)
    {
        var codes = new HashSet<int>();
        foreach (Match text in TextObjectRegex().Matches(content))
        {
            var segments = TfRegex().Split(text.Value);
            for (var i = 1; i + 1 < segments.Length; i += 2)
            {
                if (segments[i] != name)
                {
                    continue;
                }

                foreach (Match hex in HexRegex().Matches(segments[i + 1]))
            {
                var digits = hex.Groups[1].Value;
                    for (var d = 0; d + 4 <= digits.Length; d += 4)
                    {
                        codes.Add(Convert.ToInt32(digits.Substring(d, 4), 16));
                    }
                }
            }
        }

        return codes;
    }

    /// <summary>The first painting operator outside any BDC/BMC … EMC, or null.</summary>
    private static string? Unmarked(string content)
    {
        var depth = 0;
        foreach (Match token in OperatorRegex().Matches(content))
        {
            var op = token.Value;
            depth += op is "BDC" or "BMC" ? 1 : op == "EMC" ? -1 : 0;
            if (depth == 0 && PaintOperators.Contains(op))
            {
                return op;
            }
        }

        return null;
    }

    private static Dictionary<int, List<IToken?>> ParentTree(PdfObjects objects, DictionaryToken tree)
    {
        var result = new Dictionary<int, List<IToken?>>();
        var nums = objects.Array(objects.Dictionary(tree, "ParentTree")!, "Nums");
        for (var i = 0; i + 1 < nums.Count; i += 2)
        {
            var value = objects.Resolve(nums[i + 1]);
            result[((NumericToken)nums[i]).Int] = value is ArrayToken array ? [.. array.Data.Select(objects.Resolve)] : [value];
        }

        return result;
    }

    private static IEnumerable<(string Name, DictionaryToken Font)> Fonts(PdfObjects objects, DictionaryToken page) =>
        objects.Dictionary(page, "Resources") is { } resources && objects.Dictionary(resources, "Font") is { } fonts
            ? fonts.Data.Select(p => (p.Key, objects.Resolve(p.Value) as DictionaryToken)).Where(p => p.Item2 is not null).Select(p => (p.Key, p.Item2!))
            : [];

    private static string PageContent(PdfObjects objects, DictionaryToken page) =>
        objects.Get(page, "Contents") is StreamToken stream ? Encoding.Latin1.GetString(PdfObjects.Decode(stream)) : string.Empty;

    private static XElement? Xmp(PdfObjects objects, List<string> problems)
    {
        if (objects.Get(objects.Catalog, "Metadata") is not StreamToken stream)
        {
            problems.Add("6.6.2.1: the catalog has an XMP /Metadata stream");
            return null;
        }

        Check(problems, !stream.StreamDictionary.ContainsKey(NameToken.Filter), "6.6.2.1: the metadata stream is not filtered");
        return XDocument.Parse(Encoding.UTF8.GetString(stream.Data.Span).TrimStart('\uFEFF')).Root;
    }

    /// <summary>A property's text: a simple value, or the first entry of an Alt, Seq or Bag.</summary>
    private static string? Value(XElement xmp, string prefix, string name)
    {
        var ns = prefix switch
        {
            "dc" => "http://purl.org/dc/elements/1.1/",
            "pdf" => "http://ns.adobe.com/pdf/1.3/",
            "xmp" => "http://ns.adobe.com/xap/1.0/",
            "pdfaid" => "http://www.aiim.org/pdfa/ns/id/",
            _ => "http://www.aiim.org/pdfua/ns/id/",
        };
        var element = xmp.Descendants(XName.Get(name, ns)).FirstOrDefault();
        return element?.Descendants(XName.Get("li", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")).FirstOrDefault()?.Value ?? element?.Value;
    }

    private static bool SameInstant(string? xmp, string? info) =>
        xmp is not null && info is not null && DateTime.TryParse(xmp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out var a)
        && Regex.Match(info, @"^D:(\d{14})") is { Success: true } m
        && a.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) == m.Groups[1].Value;

    private static void Check(List<string> problems, bool ok, string rule)
    {
        if (!ok && !problems.Contains(rule))
        {
            problems.Add(rule);
        }
    }

    [GeneratedRegex(@"/(\w+) <</MCID (\d+)>> BDC")]
    private static partial Regex McidRegex();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]*)>")]
    private static partial Regex BfCharRegex();

    [GeneratedRegex(@"\bBT\b.*?\bET\b", RegexOptions.Singleline)]
    private static partial Regex TextObjectRegex();

    [GeneratedRegex(@"/(\w+) [\d.]+ ?Tf")]
    private static partial Regex TfRegex();

    [GeneratedRegex(@"<([0-9A-Fa-f]*)>")]
    private static partial Regex HexRegex();

    [GeneratedRegex(@"(?<=^|\s|\])(BDC|BMC|EMC|TJ|Tj|f\*|f|F|S|s|B\*|B|b\*|b|sh|Do|')(?=\s|$)")]
    private static partial Regex OperatorRegex();
}
