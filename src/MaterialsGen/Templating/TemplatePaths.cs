using MaterialsGen.Project;

namespace MaterialsGen.Templating;

/// <summary>The one rule for what a template name means: <c>NAME</c> is <c>templates/NAME.sbn</c>, confined to templates/.</summary>
internal static class TemplatePaths
{
    public static readonly ProjectPath Folder = ProjectPath.Parse("templates");

    /// <summary>The file a template or include name stands for, or false when the name leaves templates/.</summary>
    public static bool TryResolve(string name, out ProjectPath path)
    {
        ArgumentNullException.ThrowIfNull(name);
        path = default;
        return name.Length > 0
            && !name.StartsWith('/') && !Path.IsPathRooted(name)
            && Folder.TryCombine(name.EndsWith(".sbn", StringComparison.Ordinal) ? name : name + ".sbn", out path, out _);
    }
}
