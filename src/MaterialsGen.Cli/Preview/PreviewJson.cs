using System.Text.Json.Serialization;

namespace MaterialsGen.Cli.Preview;

/// <summary>A place in a source file as the page shows it: <c>file:line:col</c>, the line itself and an editor link.</summary>
internal sealed record LocationJson(string Location, string File, int Line, int Column, int EndColumn, string? SourceLine, string Link);

internal sealed record NoteJson(string Message, LocationJson? At);

internal sealed record DiagnosticJson(string Severity, string Code, string Message, string Text, LocationJson? At, IReadOnlyList<NoteJson> Notes);

/// <summary>One output in the list on <c>/</c>.</summary>
internal sealed record OutputSummaryJson(
    string Key, string Name, string Template, string Kind, IReadOnlyList<string> Formats, IReadOnlyList<string> Sizes,
    int Records, int Pages, int Errors, int Warnings, long Version, string Thumbnail, string Url);

internal sealed record OutputListJson(IReadOnlyList<OutputSummaryJson> Outputs, IReadOnlyList<DiagnosticJson> Problems);

internal sealed record PageJson(int Number, float Width, float Height, string Image, string Words);

/// <summary>One view of one output: what <c>/outputs/NAME</c> draws and lists.</summary>
internal sealed record ViewJson(
    string Key, string Name, string Template, string Kind, string Format, string? Size, int Record, long Version,
    bool Failed, bool ShowingLastGood, IReadOnlyList<string> SizeChoices, IReadOnlyList<string> RecordChoices,
    IReadOnlyList<PageJson> Pages, IReadOnlyList<DiagnosticJson> Diagnostics, IReadOnlyList<DiagnosticJson> Problems, double ElapsedMs);

/// <summary>Word boxes of one page as a flat list: x, y, width, height of each word, in page units.</summary>
internal sealed record WordsJson(long Version, IReadOnlyList<float> Boxes);

/// <summary>Where a clicked word came from.</summary>
internal sealed record SourceJson(string Word, IReadOnlyList<float> Box, LocationJson? Content, LocationJson? Template);

internal sealed record EventJson(string? Key, string? Size, int Record, long Version, int Errors);

/// <summary>Serialisation code generated at compile time (no reflection, so it also works ahead of time).</summary>
[JsonSerializable(typeof(OutputListJson))]
[JsonSerializable(typeof(ViewJson))]
[JsonSerializable(typeof(WordsJson))]
[JsonSerializable(typeof(SourceJson))]
[JsonSerializable(typeof(EventJson))]
internal sealed partial class PreviewJsonContext : JsonSerializerContext
{
    /// <summary>Vietnamese text as itself rather than \u escapes: the JSON is read by the page's script, never put into HTML.</summary>
    public static PreviewJsonContext Relaxed { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
