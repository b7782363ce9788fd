using System.Buffers.Binary;
using System.Text;

namespace MaterialsGen.Tests.Support;

/// <summary>Reads a PNG's chunks back: type, data, and the text of its iTXt/tEXt chunks by keyword.</summary>
internal static class PngChunks
{
    public static List<(string Type, byte[] Data)> Read(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG signature");
        var chunks = new List<(string, byte[])>();
        var at = 8;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length).ToArray();
            var crc = new System.IO.Hashing.Crc32();
            crc.Append(png.AsSpan(at + 4, 4 + length));
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)), crc.GetCurrentHashAsUInt32());
            chunks.Add((type, data));
            at += 12 + length;
        }

        Assert.Equal(png.Length, at);
        return chunks;
    }

    /// <summary>Keyword → text of every iTXt (UTF-8, uncompressed) and tEXt (Latin-1) chunk.</summary>
    public static Dictionary<string, string> Texts(IEnumerable<(string Type, byte[] Data)> chunks)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, data) in chunks.Where(c => c.Type is "tEXt" or "iTXt"))
        {
            var keywordEnd = Array.IndexOf(data, (byte)0);
            var keyword = Encoding.Latin1.GetString(data, 0, keywordEnd);
            if (type == "tEXt")
            {
                texts[keyword] = Encoding.Latin1.GetString(data, keywordEnd + 1, data.Length - keywordEnd - 1);
            }
            else if (type == "iTXt")
            {
                Assert.Equal(0, data[keywordEnd + 1]); // not compressed
                var languageEnd = Array.IndexOf(data, (byte)0, keywordEnd + 3);
                var translatedEnd = Array.IndexOf(data, (byte)0, languageEnd + 1);
                texts[keyword] = Encoding.UTF8.GetString(data, translatedEnd + 1, data.Length - translatedEnd - 1);
            }
        }

        return texts;
    }
}
