using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MaterialsGen.Rendering;

/// <summary>
/// Adds what Skia's PDF writer cannot: the document language (<c>/Lang</c>) and bookmarks from the
/// headings. Written as a PDF incremental update (new objects, a new catalog, an xref section chained
/// with <c>/Prev</c>) appended to Skia's bytes, so nothing Skia wrote is touched and the result stays
/// byte-for-byte deterministic.
/// </summary>
internal static partial class PdfDocumentOutline
{
    /// <summary>A heading: its page (0-based), its top in PDF user space (from the bottom), its level and title.</summary>
    internal readonly record struct Heading(int Page, float Top, int Level, string Title);

    public static byte[] Append(byte[] pdf, string language, IReadOnlyList<Heading> headings)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startAt < 0)
        {
            return pdf;
        }

        var trailer = text[trailerAt..startAt];
        var size = int.Parse(SizeEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(RootEntry().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);
        var info = InfoEntry().Match(trailer) is { Success: true } m ? m.Groups[1].Value : null;
        var previousXref = int.Parse(text[(startAt + 9)..].Trim().Split('\n')[0], CultureInfo.InvariantCulture);
        var catalog = ObjectBody(text, root);
        var pagesRef = PagesEntry().Match(catalog).Groups[1].Value;
        var pages = new List<int>();
        CollectPages(text, int.Parse(pagesRef, CultureInfo.InvariantCulture), pages);

        var objects = new SortedDictionary<int, string>();
        var next = size;
        var extra = new StringBuilder();
        extra.Append("/Lang ").Append(PdfText(language));
        if (headings.Count > 0)
        {
            var outlineRoot = next++;
            var numbers = headings.Select(_ => next++).ToArray();
            var parents = Parents(headings);
            for (var i = 0; i < headings.Count; i++)
            {
                var siblings = Enumerable.Range(0, headings.Count).Where(j => parents[j] == parents[i]).ToList();
                var position = siblings.IndexOf(i);
                var children = Enumerable.Range(0, headings.Count).Where(j => parents[j] == i).ToList();
                var entry = new StringBuilder("<</Title ").Append(PdfText(headings[i].Title))
                    .Append(CultureInfo.InvariantCulture, $"\n/Parent {(parents[i] < 0 ? outlineRoot : numbers[parents[i]])} 0 R");
                if (position > 0)
                {
                    entry.Append(CultureInfo.InvariantCulture, $"\n/Prev {numbers[siblings[position - 1]]} 0 R");
                }

                if (position < siblings.Count - 1)
                {
                    entry.Append(CultureInfo.InvariantCulture, $"\n/Next {numbers[siblings[position + 1]]} 0 R");
                }

                if (children.Count > 0)
                {
                    entry.Append(CultureInfo.InvariantCulture, $"\n/First {numbers[children[0]]} 0 R\n/Last {numbers[children[^1]]} 0 R\n/Count {children.Count}");
                }

                var page = pages[Math.Clamp(headings[i].Page, 0, pages.Count - 1)];
                entry.Append(CultureInfo.InvariantCulture, $"\n/Dest [{page} 0 R /XYZ 0 {headings[i].Top:0.##} null]>>");
                objects[numbers[i]] = entry.ToString();
            }

            var top = Enumerable.Range(0, headings.Count).Where(j => parents[j] < 0).ToList();
            objects[outlineRoot] = string.Create(CultureInfo.InvariantCulture, $"<</Type /Outlines\n/First {numbers[top[0]]} 0 R\n/Last {numbers[top[^1]]} 0 R\n/Count {top.Count}>>");
            extra.Append(CultureInfo.InvariantCulture, $"\n/Outlines {outlineRoot} 0 R\n/PageMode /UseOutlines");
        }

        objects[root] = catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + "\n" + extra + ">>";
        return Write(pdf, objects, next, root, info, previousXref);
    }

    private static byte[] Write(byte[] pdf, SortedDictionary<int, string> objects, int size, int root, string? info, int previousXref)
    {
        using var output = new MemoryStream();
        output.Write(pdf);
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            output.Write(Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n")));
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n0 1\n0000000000 65535 f \n");
        foreach (var group in Runs(offsets.Keys.Order().ToList()))
        {
            table.Append(CultureInfo.InvariantCulture, $"{group[0]} {group.Count}\n");
            foreach (var number in group)
            {
                table.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n");
            }
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size}\n/Root {root} 0 R");
        if (info is not null)
        {
            table.Append(CultureInfo.InvariantCulture, $"\n/Info {info} 0 R");
        }

        table.Append(CultureInfo.InvariantCulture, $"\n/Prev {previousXref}>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    /// <summary>For each heading, the index of the nearest earlier heading of a higher level, or -1.</summary>
    private static int[] Parents(IReadOnlyList<Heading> headings)
    {
        var parents = new int[headings.Count];
        for (var i = 0; i < headings.Count; i++)
        {
            parents[i] = -1;
            for (var j = i - 1; j >= 0; j--)
            {
                if (headings[j].Level < headings[i].Level)
                {
                    parents[i] = j;
                    break;
                }
            }
        }

        return parents;
    }

    private static IEnumerable<List<int>> Runs(List<int> numbers)
    {
        var run = new List<int>();
        foreach (var number in numbers)
        {
            if (run.Count > 0 && number != run[^1] + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(number);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static void CollectPages(string text, int node, List<int> pages)
    {
        var body = ObjectBody(text, node);
        if (!body.Contains("/Type /Pages", StringComparison.Ordinal))
        {
            pages.Add(node);
            return;
        }

        foreach (Match kid in KidRef().Matches(KidsEntry().Match(body).Groups[1].Value))
        {
            CollectPages(text, int.Parse(kid.Groups[1].Value, CultureInfo.InvariantCulture), pages);
        }
    }

    private static string ObjectBody(string text, int number)
    {
        var start = text.LastIndexOf(string.Create(CultureInfo.InvariantCulture, $"\n{number} 0 obj\n"), StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidDataException($"object {number} not found in the PDF");
        }

        start = text.IndexOf('\n', start + 1) + 1;
        var end = text.IndexOf("\nendobj", start, StringComparison.Ordinal);
        var body = text[start..end];
        var stream = body.IndexOf("stream", StringComparison.Ordinal);
        return stream > 0 ? body[..stream] : body;
    }

    /// <summary>A PDF text string in UTF-16BE with a byte-order mark, so Vietnamese titles survive.</summary>
    private static string PdfText(string value)
    {
        var builder = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(value))
        {
            builder.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return builder.Append('>').ToString();
    }

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoEntry();

    [GeneratedRegex(@"/Pages (\d+) 0 R")]
    private static partial Regex PagesEntry();

    [GeneratedRegex(@"/Kids \[([^\]]*)\]")]
    private static partial Regex KidsEntry();

    [GeneratedRegex(@"(\d+) 0 R")]
    private static partial Regex KidRef();
}
