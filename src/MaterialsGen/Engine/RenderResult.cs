using MaterialsGen.Diagnostics;

namespace MaterialsGen;

/// <summary>
/// What a render did: whether the document was written, every diagnostic (errors name the content line
/// a person edits), the page count (0 for a Word file, which the word processor paginates), and the
/// project files it read (what a cache or a watcher needs).
/// </summary>
public sealed record RenderResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int Pages, IReadOnlyCollection<string> Inputs);
