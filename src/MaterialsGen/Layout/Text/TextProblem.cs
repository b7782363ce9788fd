using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// A problem found while preparing a paragraph, at a character of its text rather than at a file
/// position: prepared paragraphs are shared across documents (a mail merge repeats them), so each
/// paragraph that uses one locates the problem through its own spans' origins.
/// </summary>
/// <param name="AtElement">The problem is the element's (a font family its attributes name), not the text's: report it at the element.</param>
internal readonly record struct TextProblem(Severity Severity, string Code, string Message, int Index, bool AtElement = false);
