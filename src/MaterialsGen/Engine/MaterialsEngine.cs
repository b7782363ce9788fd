using System.Collections.Immutable;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Project;

namespace MaterialsGen;

/// <summary>
/// MaterialsGen as a library: one engine session over a project (a folder, or files in memory) that
/// compiles a template with content into a PDF, PNG, JPEG, WebP or Word file written to a stream. The session keeps
/// fonts, parsed content and templates and layout caches between calls, so a program that renders many
/// documents pays for them once. Thread-safe: several renders may run at once.
/// </summary>
public sealed class MaterialsEngine : IDisposable
{
    private readonly Workspace _workspace;

    /// <summary>An engine over the project in <paramref name="projectDirectory"/> (its templates/, data/, fonts/).</summary>
    public MaterialsEngine(string projectDirectory)
        : this(new DirectoryProjectFiles(projectDirectory))
    {
    }

    /// <summary>An engine over any project files, such as a <see cref="MemoryProjectFiles"/>.</summary>
    public MaterialsEngine(IProjectFiles files) => _workspace = new Workspace(files);

    /// <summary>
    /// Renders one document into <paramref name="output"/>. Problems in the input are returned as
    /// diagnostics (nothing is written then), never thrown.
    /// </summary>
    public RenderResult Render(RenderRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var diagnostics = new DiagnosticBag();
        var data = ImmutableArray.CreateBuilder<ProjectPath>();
        foreach (var path in request.Data)
        {
            // A relative path is a project path; an absolute one may name a file anywhere on this disk.
            if (_workspace.Files.Directory is { } folder && Path.IsPathRooted(path))
            {
                data.Add(ProjectPath.FromCommandLine(path, folder));
            }
            else if (ProjectPath.TryParse(path, out var parsed, out var problem))
            {
                data.Add(parsed);
            }
            else
            {
                diagnostics.Error("MG0605", $"'{path}' {problem}", SourceSpan.FileOnly("request"));
            }
        }

        if (request.Size is { } size && !SizePresets.TryParse(size, out _))
        {
            diagnostics.Error("MG0604", $"unknown size '{size}'; expected WxH or one of {string.Join(", ", SizePresets.Named.Keys)}", SourceSpan.FileOnly("request"));
        }

        if (diagnostics.HasErrors)
        {
            return new RenderResult(false, diagnostics.Items, 0, []);
        }

        var format = request.Format;
        var entry = new ManifestEntry(request.Template, request.Template, data.ToImmutable(), null, [format], request.Size is null ? [] : [request.Size], SourceSpan.FileOnly("request"));
        var record = request.Record?.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        var job = new OutputJob(request.Template, entry, format, request.Size, record, request.Template);
        var dependencies = new DependencySet();
        var document = DocumentComposer.Compose(_workspace, job, diagnostics, dependencies);
        if (document is null)
        {
            return new RenderResult(false, diagnostics.Items, 0, [.. dependencies.Inputs.Keys]);
        }

        OutputWriter.Encode(document, format, output, request.Timestamp ?? BuildTimestamp.Default, null, _workspace.Fonts);
        return new RenderResult(true, diagnostics.Items, document.Pages.Length, [.. dependencies.Inputs.Keys]);
    }

    public void Dispose() => _workspace.Dispose();
}
