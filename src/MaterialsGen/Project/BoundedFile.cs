namespace MaterialsGen.Project;

/// <summary>
/// Reads a file only when it is within a size limit, and never more than the limit: the length is
/// checked before anything is read, and reading stops past the limit in case the file grows meanwhile
/// or reports no length (a device).
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
}
