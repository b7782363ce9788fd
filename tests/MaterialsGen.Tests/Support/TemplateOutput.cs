using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Project;
using MaterialsGen.Rendering.Pdf;

namespace MaterialsGen.Tests.Support;

/// <summary>One template laid out from data files of a project, as the build does, without writing a file.</summary>
internal static class TemplateOutput
{
    /// <summary>The laid-out pages, to look at their frames; their fonts go with the session, so nothing may be drawn from them.</summary>
    public static (LaidOutDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Compose(
        string root, string template, string[] data, string size, OutputFormat format = OutputFormat.Png)
    {
        using var workspace = new Workspace(root);
        var bag = new DiagnosticBag();
        return (Compose(workspace, template, data, size, format, bag), bag.Items);
    }

    /// <summary>The template written as a PDF (with the default options), while the session that holds its fonts is open.</summary>
    public static (byte[]? Pdf, IReadOnlyList<Diagnostic> Diagnostics) Pdf(string root, string template, string[] data, string size)
    {
        using var workspace = new Workspace(root);
        var bag = new DiagnosticBag();
        if (Compose(workspace, template, data, size, OutputFormat.Pdf, bag) is not { } document)
        {
            return (null, bag.Items);
        }

        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, new DateTime(2023, 12, 14, 0, 0, 0, DateTimeKind.Utc));
        return (stream.ToArray(), bag.Items);
    }

    private static LaidOutDocument? Compose(Workspace workspace, string template, string[] data, string size, OutputFormat format, DiagnosticBag bag)
    {
        var entry = new ManifestEntry("t", template, [.. data.Select(ProjectPath.Parse)], null, [format], [size], SourceSpan.None);
        return DocumentComposer.Compose(workspace, new OutputJob("t", entry, format, size, null, "t." + format.ToString().ToLowerInvariant()), bag);
    }
}
