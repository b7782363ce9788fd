using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Images;

/// <summary>
/// Gives the markup binder the files it names without giving it file access: the build's workspace
/// checks the path stays in the project and decodes once per process.
/// </summary>
public interface IResourceLoader
{
    /// <summary>The decoded image at the project-relative <paramref name="path"/>, or null with an error at <paramref name="where"/>.</summary>
    ImageSource? LoadImage(string path, SourceSpan where, DiagnosticBag diagnostics);
}
