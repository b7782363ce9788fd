using System.IO.Compression;
using System.Text;

namespace MaterialsGen.Tests.Support;

/// <summary>Reads a PDF's compressed streams back as text, for tests that look at the operators written.</summary>
internal static class PdfStreams
{
    /// <summary>Every Flate stream inflated and joined; other streams (a JPEG) are skipped.</summary>
    public static string Inflated(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var content = new StringBuilder();
        const string start = ">>\nstream\n";
        for (var at = text.IndexOf(start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(start, at + 1, StringComparison.Ordinal))
        {
            var from = at + start.Length;
            var end = text.IndexOf("\nendstream", from, StringComparison.Ordinal);
            try
            {
                using var zlib = new ZLibStream(new MemoryStream(pdf, from, end - from), CompressionMode.Decompress);
                using var reader = new StreamReader(zlib, Encoding.Latin1);
                content.Append(reader.ReadToEnd());
            }
            catch (InvalidDataException)
            {
                // Not zlib data: nothing to read.
            }
        }

        return content.ToString();
    }
}
