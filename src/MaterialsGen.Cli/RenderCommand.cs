using System.CommandLine;
using System.Globalization;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Project;

namespace MaterialsGen.Cli;

/// <summary><c>materialsgen render --template NAME --data FILE… -o OUT [--size WxH] [--pdf-standard a-2b,ua-1]</c>: one output without a manifest.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext cli)
    {
        var text = cli.Text;
        var project = CommonOptions.Project(cli);
        var template = new Option<string?>("--template", "-t") { Description = text["OptTemplate"], HelpName = "NAME" };
        CommonOptions.CompleteTemplates(template, project);
        var data = new Option<string[]>("--data", "-d") { Description = text["OptData"], HelpName = "FILE" };
        var target = new Option<string?>("--out", "-o") { Description = text["OptRenderOut"], HelpName = "OUT" };
        var size = new Option<string?>("--size") { Description = text["OptSize"], HelpName = "WxH" };
        size.CompletionSources.Add([.. SizePresets.Named.Keys]);
        var dpi = new Option<string?>("--dpi") { Description = text["OptDpi"], HelpName = "N" };
        var standard = new Option<string?>("--pdf-standard") { Description = text["OptPdfStandard"], HelpName = "a-2b,ua-1" };
        standard.CompletionSources.Add("a-2b", "ua-1", "a-2b,ua-1");
        var command = new Command("render", text["CmdRender"]) { template, data, target, size, dpi, standard, project };
        command.Validators.Add(result =>
        {
            if (result.GetResult(template) is null)
            {
                result.AddError(text["RenderNeedsTemplate"]);
            }

            if (result.GetResult(target) is null)
            {
                result.AddError(text["RenderNeedsOut"]);
            }
        });
        command.SetAction(parse => Run(
            cli,
            parse.GetValue(project) ?? ".",
            parse.GetValue(template)!,
            parse.GetValue(data) ?? [],
            parse.GetValue(target)!,
            parse.GetValue(size),
            parse.GetValue(dpi),
            parse.GetValue(standard)));
        return command;
    }

    private static int Run(CliContext cli, string project, string template, IReadOnlyList<string> dataFiles, string target, string? size, string? dpiText, string? standardText)
    {
        var text = cli.Text;
        var format = Path.GetExtension(target).ToLowerInvariant() switch
        {
            ".pdf" => OutputFormat.Pdf,
            ".png" => OutputFormat.Png,
            ".jpg" or ".jpeg" => OutputFormat.Jpeg,
            ".webp" => OutputFormat.Webp,
            ".docx" => OutputFormat.Docx,
            _ => throw new UsageException(text.Format("RenderFormat", target)) { Command = "materialsgen render" },
        };
        if (size is not null && !SizePresets.TryParse(size, out _))
        {
            throw new UsageException(text.Format("RenderSize", size, string.Join(", ", SizePresets.Named.Keys))) { Command = "materialsgen render" };
        }

        float? dpi = null;
        if (dpiText is not null)
        {
            dpi = float.TryParse(dpiText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 10 and <= 1200
                ? value
                : throw new UsageException(text["RenderDpi"]) { Command = "materialsgen render" };
        }

        var standards = PdfStandards.None;
        foreach (var name in (standardText ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            standards |= PdfStandardNames.Named.TryGetValue(name, out var named)
                ? named
                : throw new UsageException(text.Format("RenderPdfStandard", name)) { Command = "materialsgen render" };
        }

        using var workspace = new Workspace(project);
        var diagnostics = new DiagnosticBag();
        if (!workspace.TemplateExists(template))
        {
            cli.Print(Diagnostic.Error("MG0501", $"template '{template}' not found{NearestName.Suggest(template, workspace.TemplateNames())}", SourceSpan.FileOnly("templates")));
            return ExitCodes.InputError;
        }

        // The user named these files: they may lie anywhere. Paths written inside them stay confined.
        var data = dataFiles.Select(d => ProjectPath.FromCommandLine(d, workspace.Root)).ToList();
        var entry = new ManifestEntry(Path.GetFileNameWithoutExtension(target), template, [.. data], null, [format], size is null ? [] : [size], SourceSpan.FileOnly("command line")) { PdfStandards = standards };
        var timestamp = BuildTimestamp.FromEnvironment() ?? BuildTimestamp.Default;
        var job = new OutputJob(entry.Name, entry, format, size, null, Path.GetFullPath(target)) { Timestamp = timestamp };
        var document = DocumentComposer.Compose(workspace, job, diagnostics);
        var pdf = document is null ? null : DocumentComposer.PdfOptionsFor(workspace, job, diagnostics);
        cli.Print(diagnostics.Items);
        if (document is null || diagnostics.HasErrors)
        {
            return ExitCodes.InputError;
        }

        // Layout units are points; a raster of a page at N dpi is N/72 pixels per point (72 by default,
        // which makes a 1080-unit canvas exactly 1080 pixels). A Word file has no pages of ours to size.
        (float, float)? pixels = null;
        if (dpi is { } d && document.Pages.Length > 0)
        {
            var page = document.Pages[0].Size;
            pixels = (page.Width * d / 72, page.Height * d / 72);
        }

        OutputWriter.Write(document, format, Path.GetFullPath(target), timestamp, pixels, workspace.Fonts, pdf);
        cli.Out.WriteLine(format == OutputFormat.Docx ? text.Format("RenderedNoPages", target) : text.Format("Rendered", target, text.Pages(document.Pages.Length)));
        return ExitCodes.Success;
    }
}
