using System.Globalization;
using MaterialsGen.Build;
using MaterialsGen.Cli.Localization;
using MaterialsGen.Diagnostics;
using MaterialsGen.Rendering;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// Turns the session's states into what the page reads: the list, a view, page images, word boxes, sources;
/// diagnostics worded as the console words them in <paramref name="text"/>'s language.
/// </summary>
internal sealed class PreviewApi(PreviewSession session, Text text)
{
    /// <summary>The largest page image drawn, in pixels (a zoomed A3 page stays far below it).</summary>
    private const float MaxPixels = 36_000_000;

    private readonly SourceText _files = new(session.Workspace);

    public async Task<OutputListJson> ListAsync(CancellationToken cancel)
    {
        var plan = session.Plan;
        var outputs = new List<OutputSummaryJson>();
        foreach (var entry in plan.Entries)
        {
            var state = await session.StateAsync(entry.DefaultView, cancel).ConfigureAwait(false);
            var info = session.Workspace.TemplateInfo(entry.Entry.Template);
            outputs.Add(new OutputSummaryJson(
                entry.Key, entry.Entry.Name, entry.Entry.Template, info.Kind,
                [.. entry.Entry.Formats.Select(f => f.ToString().ToLowerInvariant())],
                entry.Entry.Sizes.IsEmpty ? [info.Size] : [.. entry.Entry.Sizes],
                entry.IsMailMerge ? entry.Records.Count : 0,
                state?.Shown?.Pages.Length ?? 0, state?.Errors ?? 0, state?.Warnings ?? 0, state?.Version ?? 0,
                Url(entry.Key, "page/1", entry.DefaultView, state, "scale=0.3"),
                "/outputs/" + Uri.EscapeDataString(entry.Key)));
        }

        return new OutputListJson(outputs, [.. plan.Problems.Distinct().Select(Diagnostic)]);
    }

    public async Task<ViewJson?> ViewAsync(ViewKey key, CancellationToken cancel)
    {
        var plan = session.Plan;
        if (plan.Entry(key.Entry) is not { } entry || await session.StateAsync(key, cancel).ConfigureAwait(false) is not { } state)
        {
            return null;
        }

        var info = session.Workspace.TemplateInfo(entry.Entry.Template);
        var sizes = entry.Entry.Sizes.Concat(SizePresets.Named.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (key.Size is { } chosen && !sizes.Contains(chosen, StringComparer.OrdinalIgnoreCase))
        {
            sizes.Add(chosen);
        }

        var records = entry.IsMailMerge ? entry.Records.Select(r => r[0].Name).ToList() : [];
        var pages = (state.Shown?.Pages ?? []).Select((p, i) => new PageJson(
            i + 1, p.Size.Width, p.Size.Height,
            Url(entry.Key, $"page/{i + 1}", key, state, null),
            Url(entry.Key, $"words/{i + 1}", key, state, null))).ToList();
        return new ViewJson(
            entry.Key, state.Job.Name, entry.Entry.Template, info.Kind, state.Job.Format.ToString().ToLowerInvariant(),
            key.Size, key.Record, state.Version, state.Failed, state.Failed && state.Shown is not null,
            entry.Entry.Sizes.IsEmpty ? ["", .. sizes] : sizes, records, pages,
            [.. state.Diagnostics.Distinct().Select(Diagnostic)], [.. plan.Problems.Distinct().Select(Diagnostic)],
            Math.Round(state.Elapsed.TotalMilliseconds, 1));
    }

    /// <summary>One page drawn by our raster painter from the same frames as the files, as PNG bytes.</summary>
    public async Task<byte[]?> PageAsync(ViewKey key, int page, float scale, CancellationToken cancel)
    {
        if (await session.StateAsync(key, cancel).ConfigureAwait(false) is not { Shown: { } document } state || page < 1 || page > document.Pages.Length)
        {
            return null;
        }

        var frame = document.Pages[page - 1];
        scale = Math.Clamp(float.IsFinite(scale) ? scale : 1, 0.05f, 4f);
        scale = MathF.Min(scale, MathF.Sqrt(MaxPixels / MathF.Max(1, frame.Size.Width * frame.Size.Height)));
        var quantised = (int)MathF.Round(scale * 100);
        return state.Images.GetOrAdd((page, quantised), _ =>
        {
            var width = Math.Max(1, (int)MathF.Round(frame.Size.Width * quantised / 100f));
            var height = Math.Max(1, (int)MathF.Round(frame.Size.Height * quantised / 100f));
            using var stream = new MemoryStream();
            RasterWriter.Write(frame, width, height, RasterFormat.Png, stream);
            return stream.ToArray();
        });
    }

    public async Task<WordsJson?> WordsAsync(ViewKey key, int page, CancellationToken cancel)
    {
        if (await session.StateAsync(key, cancel).ConfigureAwait(false) is not { Shown: { } document } state || page < 1 || page > document.Pages.Length)
        {
            return null;
        }

        var boxes = new List<float>();
        foreach (var word in WordBoxes.Of(document.Pages[page - 1]))
        {
            boxes.AddRange([Round(word.Box.X), Round(word.Box.Y), Round(word.Box.Width), Round(word.Box.Height)]);
        }

        return new WordsJson(state.Version, boxes);
    }

    /// <summary>What is under a point of a page (page units): the word and where it came from; null when no word is there.</summary>
    public async Task<SourceJson?> SourceAsync(ViewKey key, int page, float x, float y, CancellationToken cancel)
    {
        if (await session.StateAsync(key, cancel).ConfigureAwait(false) is not { Shown: { } document } state || page < 1 || page > document.Pages.Length)
        {
            return null;
        }

        var frame = document.Pages[page - 1];
        if (WordBoxes.At(WordBoxes.Of(frame), x, y) is not { } word)
        {
            return null;
        }

        var hit = SourceLocator.Locate(document, frame, word);
        return new SourceJson(
            word.Text, [Round(word.Box.X), Round(word.Box.Y), Round(word.Box.Width), Round(word.Box.Height)],
            Location(hit.Content.IsNone || hit.Content.EndLine > 0 ? hit.Content : hit.Content with { EndLine = hit.Content.Line, EndColumn = hit.Content.Column + word.Text.Length }),
            Location(hit.Template));
    }

    public DiagnosticJson Diagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        diagnostic = DiagnosticPrinter.Localise(diagnostic, text);
        return new DiagnosticJson(
            diagnostic.Severity.ToString().ToLowerInvariant(), diagnostic.Code, diagnostic.Message, diagnostic.ToString(),
            Location(diagnostic.Span), [.. diagnostic.Notes.Select(n => new NoteJson(n.Message, Location(n.Span)))]);
    }

    private LocationJson? Location(SourceSpan span)
    {
        if (span.IsNone || span.Line <= 0)
        {
            return span.IsNone ? null : new LocationJson(span.ToString(), span.File, 0, 0, 0, null, _files.Link(span));
        }

        var endColumn = span.EndLine == span.Line && span.EndColumn > span.Column ? span.EndColumn : span.Column;
        return new LocationJson(span.ToString(), span.File, span.Line, span.Column, endColumn, _files.Line(span.File, span.Line), _files.Link(span));
    }

    private static string Url(string entry, string what, ViewKey key, ViewState? state, string? more)
    {
        var query = new List<string>();
        if (key.Size is { } size)
        {
            query.Add("size=" + Uri.EscapeDataString(size));
        }

        if (key.Record != 0)
        {
            query.Add("record=" + key.Record.ToString(CultureInfo.InvariantCulture));
        }

        if (more is not null)
        {
            query.Add(more);
        }

        query.Add("v=" + (state?.Version ?? 0).ToString(CultureInfo.InvariantCulture));
        return $"/outputs/{Uri.EscapeDataString(entry)}/{what}?{string.Join('&', query)}";
    }

    private static float Round(float value) => MathF.Round(value, 1);
}
