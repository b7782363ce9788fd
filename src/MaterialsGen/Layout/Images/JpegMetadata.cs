namespace MaterialsGen.Layout.Images;

/// <summary>
/// Removes what a camera or an editor stores beside the picture in a JPEG file — EXIF (GPS position,
/// camera serial, date taken), XMP, IPTC, comments — before the file is carried into a PDF, where any
/// reader could extract it. Kept: the JFIF header (APP0) and the Adobe segment (APP14, which says how
/// to read the colours); the compressed picture after the start-of-scan is copied unchanged.
/// </summary>
internal static class JpegMetadata
{
    private const byte App0 = 0xE0;
    private const byte App14 = 0xEE;
    private const byte Comment = 0xFE;
    private const byte StartOfScan = 0xDA;

    /// <summary>The JPEG without metadata segments, or null when its segments cannot be followed.</summary>
    public static byte[]? Strip(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return null;
        }

        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg[..2]);
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte before a marker
                continue;
            }

            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return null;
            }

            if (marker == StartOfScan)
            {
                output.Write(jpeg[at..]);
                return output.ToArray();
            }

            var metadata = marker == Comment || (marker is >= App0 and <= 0xEF && marker is not (App0 or App14));
            if (!metadata)
            {
                output.Write(jpeg.Slice(at, 2 + length));
            }

            at += 2 + length;
        }

        return null;
    }
}
