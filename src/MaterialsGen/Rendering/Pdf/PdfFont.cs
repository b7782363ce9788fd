using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// One face as a document uses it: the glyphs drawn and the text each glyph stands for. Written as a
/// Type0 font with a CIDFontType2 descendant and Identity-H encoding, so a two-byte code is the glyph id.
/// </summary>
internal sealed class PdfFont(FontFace face, string resourceName)
{
    // One bit per possible glyph id: a sorted set's insertions showed up in profiles of a batch.
    // Grown to the highest glyph id used: a document's fonts use ids in the low thousands, and the whole
    // 65,536-bit set was 8 KB per font per document, a batch's largest allocation in the PDF writer.
    private ulong[] _used = new ulong[64];
    private readonly Dictionary<ushort, string> _text = [];

    public FontFace Face { get; } = face;

    /// <summary>The name pages use for it in their resources (/F1 …).</summary>
    public string ResourceName { get; } = resourceName;

    public PdfFontMetrics Metrics { get; } = PdfFontMetrics.For(face);

    /// <summary>Records the run's glyphs and, glyph by glyph, the text of the cluster each one starts.</summary>
    public void Add(GlyphRunItem run)
    {
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            var glyph = run.Glyphs[i];
            ref var word = ref Word(glyph);
            var bit = 1UL << (glyph & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                _text[glyph] = ClusterText(run, i).ToString();
            }
        }
    }

    /// <summary>
    /// The glyph drawn invisibly under an emoji picture so text extraction finds the emoji's /ActualText
    /// there: the space, whose own ToUnicode meaning a real space gives it anyway.
    /// </summary>
    public ushort AddInvisible()
    {
        var glyph = Face.HbFont.TryGetNominalGlyph(' ', out var space) ? (ushort)space : (ushort)0;
        ref var word = ref Word(glyph);
        var bit = 1UL << (glyph & 63);
        if ((word & bit) == 0)
        {
            word |= bit;
            _text[glyph] = " ";
        }

        return glyph;
    }

    private ref ulong Word(ushort glyph)
    {
        if ((glyph >> 6) >= _used.Length)
        {
            Array.Resize(ref _used, Math.Max(_used.Length * 2, (glyph >> 6) + 1));
        }

        return ref _used[glyph >> 6];
    }

    /// <summary>
    /// Whether the ToUnicode map gives this run's text back exactly. When one glyph stands for different
    /// text in different places (a ligature, a mark shared by clusters), the run carries /ActualText instead.
    /// </summary>
    public bool MapsExactly(GlyphRunItem run)
    {
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            if (!_text.TryGetValue(run.Glyphs[i], out var text) || !ClusterText(run, i).SequenceEqual(text))
            {
                return false;
            }
        }

        return true;
    }

    public void Write(PdfFile file, int fontObject)
    {
        var glyphs = UsedGlyphs();
        var program = file.Cache is { } cache ? cache.Subset(Face, glyphs) : PdfCache.SubsetOnce(Face, glyphs);
        var name = program.Tag + "+" + Metrics.PostScriptName;
        var descendant = file.Reserve();
        var descriptor = file.Reserve();
        var fontFile = file.Reserve();
        var toUnicode = file.Reserve();

        file.Object(fontObject, new PdfBuffer(256).Raw("<</Type /Font /Subtype /Type0 /BaseFont /").Raw(name)
            .Raw(" /Encoding /Identity-H /DescendantFonts [").Int(descendant).Raw(" 0 R] /ToUnicode ").Int(toUnicode).Raw(" 0 R>>"));

        var cid = new PdfBuffer(1024).Raw("<</Type /Font /Subtype /CIDFontType2 /BaseFont /").Raw(name)
            .Raw(" /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor ").Int(descriptor)
            .Raw(" 0 R /CIDToGIDMap /Identity /DW 0 /W [");
        WriteWidths(cid, glyphs);
        file.Object(descendant, cid.Raw("]>>"));

        file.Object(descriptor, new PdfBuffer(256).Raw("<</Type /FontDescriptor /FontName /").Raw(name).Raw(" ")
            .Raw(Metrics.Descriptor).Raw(" /FontFile2 ").Int(fontFile).Raw(" 0 R>>"));
        file.CompressedStream(fontFile, "/Length1 " + program.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), program.Deflated);
        file.Stream(toUnicode, string.Empty, ToUnicodeMap(glyphs).Span);
    }

    /// <summary>The glyph ids used, ascending.</summary>
    private ushort[] UsedGlyphs()
    {
        var glyphs = new List<ushort>(_text.Count);
        for (var w = 0; w < _used.Length; w++)
        {
            for (var word = _used[w]; word != 0; word &= word - 1)
            {
                glyphs.Add((ushort)((w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word)));
            }
        }

        return [.. glyphs];
    }

    private static ReadOnlySpan<char> ClusterText(GlyphRunItem run, int i)
    {
        var clusters = run.Clusters;
        var start = clusters[i];
        if (i > 0 && clusters[i - 1] == start)
        {
            // Later glyphs of a cluster add no text: the cluster's first glyph carries all of it.
            return [];
        }

        var j = i + 1;
        while (j < clusters.Length && clusters[j] == start)
        {
            j++;
        }

        // Shaped left to right, clusters only grow, so the next one found ends this cluster; otherwise
        // the end is the nearest cluster start after this one anywhere in the run.
        var end = j < clusters.Length && clusters[j] > start ? clusters[j] : NearestAfter(clusters, start, run.Text.Length);
        return run.Text.AsSpan(start, end - start);
    }

    private static int NearestAfter(int[] clusters, int start, int end)
    {
        foreach (var cluster in clusters)
        {
            if (cluster > start && cluster < end)
            {
                end = cluster;
            }
        }

        return end;
    }

    /// <summary>Widths in runs of consecutive glyph ids: <c>first [w1 w2 …]</c>.</summary>
    private void WriteWidths(PdfBuffer buffer, ushort[] glyphs)
    {
        for (var i = 0; i < glyphs.Length;)
        {
            var j = i;
            buffer.Int(glyphs[i]).Raw(" [");
            while (j < glyphs.Length && glyphs[j] == glyphs[i] + (j - i))
            {
                buffer.Num(Metrics.Advance(glyphs[j]));
                j++;
            }

            buffer.Raw("] ");
            i = j;
        }
    }

    private PdfBuffer ToUnicodeMap(ushort[] glyphs)
    {
        var mapped = glyphs.Where(g => _text.TryGetValue(g, out var t) && t.Length > 0).ToArray();
        var map = new PdfBuffer(256 + (mapped.Length * 24)).Raw(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in mapped.Chunk(100))
        {
            map.Int(chunk.Length).Raw(" beginbfchar\n");
            foreach (var glyph in chunk)
            {
                map.Byte((byte)'<').Hex4(glyph).Raw("> <");
                foreach (var c in _text[glyph])
                {
                    map.Hex4(c);
                }

                map.Raw(">\n");
            }

            map.Raw("endbfchar\n");
        }

        return map.Raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    }
}
