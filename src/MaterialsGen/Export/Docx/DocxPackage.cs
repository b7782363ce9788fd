using System.IO.Compression;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// Writes the package the OpenXml SDK made again, so the same document always gives the same bytes:
/// entries in a fixed order (content types and relationships first, as readers expect, then by
/// name) and every entry dated with the build's timestamp instead of the clock.
/// </summary>
internal static class DocxPackage
{
    private static readonly string[] Leading = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels"];

    public static void Write(Stream package, Stream output, DateTime timestamp)
    {
        // A zip dates entries in local DOS time from 1980 on; the build's date is used as it is written.
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(timestamp.Year < 1980 ? new DateTime(1980, 1, 1) : timestamp, DateTimeKind.Unspecified), TimeSpan.Zero);
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => Array.IndexOf(Leading, e.FullName) is var i and >= 0 ? i : Leading.Length)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
