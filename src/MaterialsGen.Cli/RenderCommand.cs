using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Project;

namespace MaterialsGen.Cli;

/// <summary><c>materialsgen render --template NAME --data FILE… -o OUT [--size WxH] [--pdf-standard a-2b,ua-1]</c>: one output without a manifest.</summary>
internal static class RenderCommand
{
    public static int Run(IEnumerable<string> args, TextWriter output, TextWriter error)
    {
        var a = new Arguments(args, ["--template", "--data", "-o", "--out", "--size", "--project", "--dpi", "--pdf-standard"], []);
        var template = a.Value("--template") ?? throw new UsageException("render needs --template NAME");
        var target = a.Value("-o") ?? a.Value("--out") ?? throw new UsageException("render needs -o OUT (.pdf, .png, .jpg, .webp or .docx)");
        var format = Path.GetExtension(target).ToLowerInvariant() switch
        {
            ".pdf" => OutputFormat.Pdf,
            ".png" => OutputFormat.Png,
            ".jpg" or ".jpeg" => OutputFormat.Jpeg,
            ".webp" => OutputFormat.Webp,
            ".docx" => OutputFormat.Docx,
            _ => throw new UsageException($"cannot tell the format of '{target}': use .pdf, .png, .jpg, .webp or .docx"),
        };
        var size = a.Value("--size");
        if (size is not null && !SizePresets.TryParse(size, out _))
        {
            throw new UsageException($"--size '{size}' is not WxH or a preset ({string.Join(", ", SizePresets.Named.Keys)})");
        }

        var standards = PdfStandards.None;
        foreach (var name in (a.Value("--pdf-standard") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            standards |= PdfStandardNames.Named.TryGetValue(name, out var standard)
                ? standard
                : throw new UsageException($"--pdf-standard '{name}' is not a-2b or ua-1");
        }

        using var workspace = new Workspace(a.Value("--project") ?? ".");
        var diagnostics = new DiagnosticBag();
        if (!workspace.TemplateExists(template))
        {
            error.WriteLine($"templates: error MG0501: template '{template}' not found{NearestName.Suggest(template, workspace.TemplateNames())}");
            return ExitCodes.InputError;
        }

        // The user named these files: they may lie anywhere. Paths written inside them stay confined.
        var data = a.Values("--data").Select(d => ProjectPath.FromCommandLine(d, workspace.Root)).ToList();
        var entry = new ManifestEntry(Path.GetFileNameWithoutExtension(target), template, [.. data], null, [format], size is null ? [] : [size], SourceSpan.FileOnly("command line")) { PdfStandards = standards };
        var timestamp = BuildTimestamp.FromEnvironment() ?? BuildTimestamp.Default;
        var job = new OutputJob(entry.Name, entry, format, size, null, Path.GetFullPath(target)) { Timestamp = timestamp };
        var document = DocumentComposer.Compose(workspace, job, diagnostics);
        var pdf = document is null ? null : DocumentComposer.PdfOptionsFor(workspace, job, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Items, error);
        if (document is null || diagnostics.HasErrors)
        {
            return ExitCodes.InputError;
        }

        // Layout units are points; a raster of a page at N dpi is N/72 pixels per point (72 by default,
        // which makes a 1080-unit canvas exactly 1080 pixels).
        (float, float)? pixels = null;
        if (a.Value("--dpi") is { } dpiText)
        {
            if (!float.TryParse(dpiText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var dpi) || dpi is < 10 or > 1200)
            {
                throw new UsageException("--dpi takes a number from 10 to 1200");
            }

            var page = document.Pages[0].Size;
            pixels = (page.Width * dpi / 72, page.Height * dpi / 72);
        }

        OutputWriter.Write(document, format, Path.GetFullPath(target), timestamp, pixels, workspace.Fonts, pdf);
        output.WriteLine($"built {target} ({document.Pages.Length} page{(document.Pages.Length == 1 ? string.Empty : "s")})");
        return ExitCodes.Success;
    }
}
