using MaterialsGen.Project;

namespace MaterialsGen.Templating;

/// <summary>
/// Where templates and their includes are read from: the project boundary, which records each read as
/// a dependency of the output being made. Templating itself opens no files.
/// </summary>
internal interface ITemplateSource
{
    /// <summary>The template's text, or null with <paramref name="problem"/> ending a sentence that starts with its path.</summary>
    string? ReadTemplate(ProjectPath path, out string problem);
}
