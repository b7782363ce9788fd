using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MaterialsGen.Content;
using MaterialsGen.Diagnostics;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Project;

namespace MaterialsGen.Build;

/// <summary>
/// Reads <c>materials.yaml</c> with the same positioned YAML reader as content files. Every mistake is
/// reported with its line and column, all at once: unknown keys (with "did you mean"), missing fields,
/// bad formats, sizes or impositions.
/// </summary>
internal static class ManifestReader
{
    internal static readonly string[] TopKeys = ["date", "outputs"];
    internal static readonly string[] EntryKeys = ["name", "template", "data", "records", "sheet", "formats", "sizes", "impose", "pdf", "bleed", "crop-marks"];
    internal static readonly string[] Impositions = ["booklet", "4-up"];

    internal static readonly Dictionary<string, OutputFormat> Formats = new(StringComparer.Ordinal)
    {
        ["pdf"] = OutputFormat.Pdf,
        ["png"] = OutputFormat.Png,
        ["jpeg"] = OutputFormat.Jpeg,
        ["jpg"] = OutputFormat.Jpeg,
        ["webp"] = OutputFormat.Webp,
        ["docx"] = OutputFormat.Docx,
    };

    /// <summary>Reads the project's <c>materials.yaml</c> through the project boundary; null (with an error) when it is missing or wrong.</summary>
    public static Manifest? Read(Workspace workspace, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = Workspace.ManifestPath;
        var read = workspace.File(path).Read;
        if (read.Bytes is not { } bytes)
        {
            diagnostics.Error("MG0605", $"manifest {read.Describe(SafetyLimits.ContentFileBytes)}", SourceSpan.FileOnly(path.Value));
            return null;
        }

        return Read(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), path.Value, diagnostics);
    }

    public static Manifest? Read(string text, string relativePath, DiagnosticBag diagnostics)
    {
        if (YamlContentReader.Read(text, relativePath, diagnostics) is not ContentMap root)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error("MG0602", "the manifest must be a mapping with an 'outputs' list", new SourceSpan(relativePath, 1, 1));
            }

            return null;
        }

        CheckKeys(root, TopKeys, diagnostics);
        var timestamp = Timestamp(root, diagnostics);
        if (root["outputs"] is not ContentList outputs)
        {
            diagnostics.Error("MG0602", "the manifest needs an 'outputs' list", root["outputs"]?.Span ?? root.Span);
            return null;
        }

        var entries = ImmutableArray.CreateBuilder<ManifestEntry>();
        foreach (var node in outputs.Items)
        {
            if (node is not ContentMap entry)
            {
                diagnostics.Error("MG0602", "each output must be a mapping with name, template and data", node.Span);
                continue;
            }

            if (Entry(entry, diagnostics) is { } parsed)
            {
                entries.Add(parsed);
            }
        }

        return diagnostics.HasErrors ? null : new Manifest(relativePath, timestamp, entries.ToImmutable());
    }

    private static ManifestEntry? Entry(ContentMap entry, DiagnosticBag diagnostics)
    {
        CheckKeys(entry, EntryKeys, diagnostics);
        var name = Scalar(entry, "name", diagnostics, required: true);
        var template = Scalar(entry, "template", diagnostics, required: true);
        var records = Scalar(entry, "records", diagnostics, required: false) is { } recordsText ? Path(recordsText, entry["records"]!.Span, diagnostics) : null;
        var sheet = Scalar(entry, "sheet", diagnostics, required: false);
        if (sheet is not null && records is { } workbook && !Content.Records.WorkbookReader.IsWorkbook(workbook.Value))
        {
            diagnostics.Error("MG0643", $"'sheet' names a sheet of a workbook, but records '{workbook.Value}' is not an .xlsx file", entry["sheet"]!.Span);
        }

        var impose = Scalar(entry, "impose", diagnostics, required: false);
        if (impose is not null && !Impositions.Contains(impose, StringComparer.Ordinal))
        {
            diagnostics.Error("MG0604", $"unknown imposition '{impose}'; expected booklet or 4-up{NearestName.Suggest(impose, Impositions)}", entry["impose"]!.Span);
        }

        var standards = PdfStandards.None;
        foreach (var value in List(entry, "pdf", diagnostics))
        {
            if (PdfStandardNames.Named.TryGetValue(value.Value, out var standard))
            {
                standards |= standard;
            }
            else
            {
                diagnostics.Error("MG0821", $"unknown PDF standard '{value.Value}'; expected a-2b or ua-1{NearestName.Suggest(value.Value, PdfStandardNames.Named.Keys)}", value.Span);
            }
        }

        var bleed = Bleed(entry, diagnostics);
        var cropMarks = Scalar(entry, "crop-marks", diagnostics, required: false) is { } marks && Flag(marks, entry["crop-marks"]!, diagnostics);
        if (impose is not null && (bleed > 0 || cropMarks))
        {
            diagnostics.Error("MG0604", "bleed and crop-marks are for pages printed one per sheet; an imposed sheet has its own marks", entry[bleed > 0 ? "bleed" : "crop-marks"]!.Span);
        }

        var formats = ImmutableArray.CreateBuilder<OutputFormat>();
        foreach (var value in List(entry, "formats", diagnostics))
        {
            if (Formats.TryGetValue(value.Value, out var format))
            {
                formats.Add(format);
            }
            else
            {
                diagnostics.Error("MG0604", $"unknown format '{value.Value}'; expected one of pdf, png, jpeg, webp, docx{NearestName.Suggest(value.Value, Formats.Keys)}", value.Span);
            }
        }

        if (impose is not null && formats.Contains(OutputFormat.Docx))
        {
            diagnostics.Error("MG0803", "impose arranges printed pages on sheets, which an editable Word document does not have; build the docx in an entry of its own", entry["impose"]!.Span);
        }

        var sizes = ImmutableArray.CreateBuilder<string>();
        foreach (var value in List(entry, "sizes", diagnostics))
        {
            if (SizePresets.TryParse(value.Value, out _))
            {
                sizes.Add(value.Value);
            }
            else
            {
                diagnostics.Error("MG0604", $"unknown size '{value.Value}'; expected WxH or one of {string.Join(", ", SizePresets.Named.Keys)}{NearestName.Suggest(value.Value, SizePresets.Named.Keys)}", value.Span);
            }
        }

        var data = List(entry, "data", diagnostics).Select(v => Path(v.Value, v.Span, diagnostics)).OfType<ProjectPath>().ToImmutableArray();
        if (name is null || template is null)
        {
            return null;
        }

        return new ManifestEntry(name, template, data, records, formats.Count > 0 ? formats.ToImmutable() : [OutputFormat.Pdf], sizes.ToImmutable(), entry.Span)
        {
            Impose = impose,
            Sheet = sheet,
            PdfStandards = standards,
            Bleed = bleed,
            CropMarks = cropMarks,
        };
    }

    /// <summary><c>bleed: true</c> for the usual 3 mm, or a length such as <c>5mm</c>.</summary>
    private static float Bleed(ContentMap entry, DiagnosticBag diagnostics)
    {
        if (Scalar(entry, "bleed", diagnostics, required: false) is not { } text)
        {
            return 0;
        }

        if (text is "true" or "false")
        {
            return text == "true" ? Layout.Paging.PrintMarks.DefaultBleed : 0;
        }

        if (Markup.ValueParser.TryLength(text, out var length) && length is >= 0 and <= 20 * Layout.Paging.PrintMarks.Mm)
        {
            return length;
        }

        diagnostics.Error("MG0604", $"'{text}' is not a bleed; write true (3 mm) or a length up to 20mm such as 5mm", entry["bleed"]!.Span);
        return 0;
    }

    private static bool Flag(string text, ContentNode node, DiagnosticBag diagnostics)
    {
        if (text is not ("true" or "false"))
        {
            diagnostics.Error("MG0604", $"'{text}' is not true or false", node.Span);
        }

        return text == "true";
    }

    /// <summary>A path written in the manifest: normalised and confined to the project, or an error where it is written.</summary>
    private static ProjectPath? Path(string text, SourceSpan where, DiagnosticBag diagnostics)
    {
        if (ProjectPath.TryParse(text, out var path, out var problem))
        {
            return path;
        }

        diagnostics.Error("MG0605", $"'{text}' {problem}", where);
        return null;
    }

    private static DateTime Timestamp(ContentMap root, DiagnosticBag diagnostics)
    {
        if (BuildTimestamp.FromEnvironment() is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (root["date"] is ContentScalar date)
        {
            if (DateTime.TryParseExact(date.Value, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssZ"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return parsed;
            }

            diagnostics.Error("MG0604", $"'{date.Value}' is not a date; write it as YYYY-MM-DD", date.Span);
        }

        return BuildTimestamp.Default;
    }

    private static void CheckKeys(ContentMap map, string[] allowed, DiagnosticBag diagnostics)
    {
        foreach (var entry in map.Entries.Where(e => !allowed.Contains(e.Key.Value, StringComparer.Ordinal)))
        {
            diagnostics.Error("MG0603", $"unknown key '{entry.Key.Value}'{NearestName.Suggest(entry.Key.Value, allowed)}", entry.Key.Span);
        }
    }

    private static string? Scalar(ContentMap map, string key, DiagnosticBag diagnostics, bool required)
    {
        switch (map[key])
        {
            case ContentScalar { IsNull: false, Value.Length: > 0 } scalar:
                return scalar.Value;
            case null when !required:
                return null;
            case null:
                diagnostics.Error("MG0602", $"output is missing '{key}'", map.Span);
                return null;
            case var other:
                diagnostics.Error("MG0604", $"'{key}' must be a text value, found {other.Describe()}", other.Span);
                return null;
        }
    }

    /// <summary>A list of text values; a single value counts as a list of one.</summary>
    private static List<ContentScalar> List(ContentMap map, string key, DiagnosticBag diagnostics)
    {
        switch (map[key])
        {
            case null:
                return [];
            case ContentScalar scalar:
                return [scalar];
            case ContentList list:
                var values = new List<ContentScalar>();
                foreach (var item in list.Items)
                {
                    if (item is ContentScalar s)
                    {
                        values.Add(s);
                    }
                    else
                    {
                        diagnostics.Error("MG0604", $"'{key}' items must be text values, found {item.Describe()}", item.Span);
                    }
                }

                return values;
            case var other:
                diagnostics.Error("MG0604", $"'{key}' must be a list, found {other.Describe()}", other.Span);
                return [];
        }
    }
}
