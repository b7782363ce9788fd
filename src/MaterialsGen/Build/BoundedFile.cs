using MaterialsGen.Content;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Build;

/// <summary>
/// Reads a file only when it is within a size limit, and never more than the limit: the length is
/// checked before anything is read, and reading stops past the limit in case the file grows meanwhile
/// or is a device that reports no length (a link to /dev/zero).
/// </summary>
internal static class BoundedFile
{
    /// <summary>The file's bytes, or null when it holds more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? ReadAllBytes(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        var length = stream.CanSeek ? stream.Length : 0;
        if (length > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream(length > 0 ? (int)length : 4096);
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>A content, records or manifest file's bytes, or null with MG0107 when it is over the limit.</summary>
    public static byte[]? ReadContent(string path, string relative, DiagnosticBag diagnostics)
    {
        if (ReadAllBytes(path, SafetyLimits.ContentFileBytes) is { } bytes)
        {
            return bytes;
        }

        diagnostics.Error(ContentCodes.FileTooLarge, $"the file is larger than the limit of {Megabytes(SafetyLimits.ContentFileBytes)} for content; split it or remove what is not content", SourceSpan.FileOnly(relative));
        return null;
    }

    /// <summary>A limit in whole megabytes, as messages state it.</summary>
    public static string Megabytes(long limit) => (limit / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
