using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Images;

/// <summary>
/// Gives the markup binder the files it names without giving it file access: the build's workspace
/// checks the path stays in the project and decodes once per process.
/// </summary>
internal interface IResourceLoader
{
    /// <summary>The decoded image at the project-relative <paramref name="path"/>, or null with an error at <paramref name="where"/>.</summary>
    /// <param name="tint">For an SVG drawn in <c>currentColor</c> (icon sets), the colour to draw it in.</param>
    ImageSource? LoadImage(string path, SourceSpan where, DiagnosticBag diagnostics, Color? tint = null);
}
