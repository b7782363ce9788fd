using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Images;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;

namespace MaterialsGen.Tests.Support;

/// <summary>Lays out a markup string with the project's fonts: markup → binder → paginator.</summary>
internal static class MarkupRunner
{
    /// <param name="resources">Where images come from; none by default, as in the binder.</param>
    public static (LaidOutDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Lay(string markup, IResourceLoader? resources = null)
    {
        var bag = new DiagnosticBag();
        var root = MarkupParser.Parse(markup, SourceMap.Identity("test.xml"), bag);
        if (root is null || MarkupBinder.Bind(root, bag, resources) is not { } document)
        {
            return (null, bag.Items);
        }

        var laid = Paginator.Paginate(document, TestFonts.Library, bag);
        return (bag.HasErrors ? null : laid, bag.Items);
    }
}
