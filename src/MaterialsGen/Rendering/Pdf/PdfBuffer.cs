using System.Buffers.Text;
using System.Text;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// A growable byte buffer that writes PDF tokens: ASCII text, compact numbers and hex strings. Numbers
/// are written with at most three decimals and no trailing zeros, in the invariant form PDF requires.
/// </summary>
internal sealed class PdfBuffer
{
    private byte[] _bytes;

    public PdfBuffer(int capacity = 4096) => _bytes = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public PdfBuffer Raw(string ascii)
    {
        var span = Reserve(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }

        Length += ascii.Length;
        return this;
    }

    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    public PdfBuffer Byte(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBuffer Int(long value)
    {
        Utf8Formatter.TryFormat(value, Reserve(20), out var written);
        Length += written;
        return this;
    }

    /// <summary>A number with at most three decimals (a thousandth of a point is far below what prints).</summary>
    public PdfBuffer Number(double value)
    {
        // Fixed point by hand: general float formatting (Dragon4) showed up in profiles of a batch.
        var thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }

        Int(thousandths / 1000);
        var fraction = (int)(thousandths % 1000);
        if (fraction == 0)
        {
            return this;
        }

        var span = Reserve(4);
        span[0] = (byte)'.';
        span[1] = (byte)('0' + (fraction / 100));
        span[2] = (byte)('0' + (fraction / 10 % 10));
        span[3] = (byte)('0' + (fraction % 10));
        Length += fraction % 100 == 0 ? 2 : fraction % 10 == 0 ? 3 : 4;
        return this;
    }

    /// <summary>A number followed by a space, the separator between operands.</summary>
    public PdfBuffer Num(double value) => Number(value).Byte((byte)' ');

    public PdfBuffer Hex4(ushort value)
    {
        var span = Reserve(4);
        span[0] = HexDigit(value >> 12);
        span[1] = HexDigit((value >> 8) & 0xF);
        span[2] = HexDigit((value >> 4) & 0xF);
        span[3] = HexDigit(value & 0xF);
        Length += 4;
        return this;
    }

    /// <summary>A text string in UTF-16BE with a byte-order mark, written as hex: any Vietnamese text survives.</summary>
    public PdfBuffer TextString(string value)
    {
        Raw("<FEFF");
        foreach (var c in value)
        {
            Hex4(c);
        }

        return Byte((byte)'>');
    }

    /// <summary>A literal string of ASCII text (URIs, dates), with the delimiters PDF reserves escaped.</summary>
    public PdfBuffer LiteralString(string value)
    {
        Byte((byte)'(');
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                Byte((byte)'\\');
            }

            Byte(b);
        }

        return Byte((byte)')');
    }

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length, count);
    }
}
