using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Project;

namespace MaterialsGen.Tests.Support;

/// <summary>One template laid out from data files of a project, as the build does, without writing a file.</summary>
internal static class TemplateOutput
{
    public static (LaidOutDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Compose(
        string root, string template, string[] data, string size, OutputFormat format = OutputFormat.Png)
    {
        using var workspace = new Workspace(root);
        var entry = new ManifestEntry("t", template, [.. data.Select(ProjectPath.Parse)], null, [format], [size], SourceSpan.None);
        var bag = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, new OutputJob("t", entry, format, size, null, "t." + format.ToString().ToLowerInvariant()), bag);
        return (document, bag.Items);
    }
}
