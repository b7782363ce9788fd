using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Images;

/// <summary>The loader of markup bound without a project (a bare markup string): every image is an error.</summary>
internal sealed class NoResourceLoader : IResourceLoader
{
    public static NoResourceLoader Instance { get; } = new();

    public ImageSource? LoadImage(string path, SourceSpan where, DiagnosticBag diagnostics, Color? tint = null)
    {
        diagnostics.Error("MG0704", $"images are not available here: '{path}' cannot be loaded without a project", where);
        return null;
    }
}
