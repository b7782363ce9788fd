using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// A problem found while preparing a paragraph, at a character of its text rather than at a file
/// position: prepared paragraphs are shared across documents (a mail merge repeats them), so each
/// paragraph that uses one locates the problem through its own spans' origins.
/// </summary>
internal readonly record struct TextProblem(Severity Severity, string Code, string Message, int Index);
