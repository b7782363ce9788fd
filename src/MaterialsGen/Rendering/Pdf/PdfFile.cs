using System.IO.Compression;
using System.Security.Cryptography;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// The object layer of a PDF file: numbered objects written in order, then the cross-reference table
/// and trailer. Object numbers are reserved before their bodies are known, so pages can point at
/// fonts and images that are written last.
/// </summary>
internal sealed class PdfFile
{
    private const int ContentLevel = 2;
    private readonly PdfBuffer _out;
    private readonly List<long> _offsets = [0];

    /// <param name="output">Where the file is assembled; emptied first (a thread reuses one buffer for every document).</param>
    /// <param name="cache">The session's compressed subsets and streams; null writes everything afresh.</param>
    public PdfFile(PdfBuffer output, PdfCache? cache = null)
    {
        _out = output;
        Cache = cache;
        _out.Clear();
        _out.Raw("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Raw("\n");
    }

    /// <summary>What the session's documents share, when the file is written in one.</summary>
    public PdfCache? Cache { get; }

    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes object <paramref name="number"/> whose body is the buffer <paramref name="body"/>.</summary>
    public void Object(int number, PdfBuffer body)
    {
        Begin(number);
        _out.Raw(body.Span).Raw("\nendobj\n");
    }

    /// <summary>A stream object; <paramref name="dictionary"/> holds the entries without /Length and /Filter.</summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        if (compress)
        {
            CompressedStream(number, dictionary, Cache is { } cache ? cache.Deflate(data, ContentLevel) : Deflate(data, ContentLevel));
            return;
        }

        Begin(number);
        _out.Raw("<<").Raw(dictionary).Raw(" /Length ").Int(data.Length).Raw(">>\nstream\n").Raw(data).Raw("\nendstream\nendobj\n");
    }

    /// <summary>A stream whose <paramref name="deflated"/> bytes are already zlib-compressed (cached fonts and images).</summary>
    public void CompressedStream(int number, string dictionary, ReadOnlySpan<byte> deflated)
    {
        Begin(number);
        _out.Raw("<<").Raw(dictionary).Raw(" /Filter /FlateDecode /Length ").Int(deflated.Length)
            .Raw(">>\nstream\n").Raw(deflated).Raw("\nendstream\nendobj\n");
    }

    /// <summary>Finishes the file and writes it to <paramref name="stream"/>. Its /ID is a hash of the bytes, so equal documents get equal files.</summary>
    public void Finish(int catalog, int info, Stream stream)
    {
        var id = Convert.ToHexString(SHA256.HashData(_out.Span).AsSpan(0, 16));
        var xref = _out.Length;
        _out.Raw("xref\n0 ").Int(_offsets.Count).Raw("\n0000000000 65535 f \n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0)
            {
                throw new InvalidOperationException($"PDF object {i} was reserved but never written");
            }

            _out.Raw(_offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Raw(" 00000 n \n");
        }

        _out.Raw("trailer\n<</Size ").Int(_offsets.Count).Raw(" /Root ").Int(catalog).Raw(" 0 R /Info ").Int(info)
            .Raw(" 0 R /ID [<").Raw(id).Raw("> <").Raw(id).Raw(">]>>\nstartxref\n").Int(xref).Raw("\n%%EOF\n");
        stream.Write(_out.Span);
    }

    /// <summary>
    /// zlib (RFC 1950) compression, the format /FlateDecode expects. Page content is compressed per
    /// document at a low level (on the Party handout, level 6 cost 0.4 ms of a 1.1 ms write for a file
    /// only 3 % smaller than level 2); fonts and images, compressed once and cached, use the highest.
    /// </summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data, int level = 9)
    {
        using var memory = new MemoryStream((data.Length / 3) + 64);
        using (var zlib = new ZLibStream(memory, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return memory.ToArray();
    }

    private void Begin(int number)
    {
        _offsets[number] = _out.Length;
        _out.Int(number).Raw(" 0 obj\n");
    }
}
