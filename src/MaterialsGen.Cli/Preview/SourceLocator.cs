using System.Text;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Cli.Preview;

/// <summary>Where a clicked word came from: the content position, the template position that printed it, and how it was found.</summary>
internal sealed record SourceHit(WordBox Word, SourceSpan Content, SourceSpan Template, bool Exact);

/// <summary>
/// Maps a word on a page back to its source. Laid-out items do not carry their origins yet (the spans
/// work adds them); until then the word is found by its text in the content files the output read: the
/// glyph run's whole line of text first, so a common word lands on its own occurrence, then the word
/// alone. Such a hit is marked not exact, and has no template position.
/// </summary>
internal static class SourceLocator
{
    public static SourceHit Locate(ViewState state, PageFrame page, WordBox word, SourceText files)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(files);
        var run = page.Frame.Flatten().ElementAt(word.Item).Item as Layout.Frames.GlyphRunItem;
        var lineText = run?.Text ?? word.Text;
        var wordInLine = Math.Max(0, lineText.IndexOf(word.Text, run is null ? 0 : Math.Clamp(run.Clusters[word.Glyph], 0, lineText.Length), StringComparison.Ordinal));
        foreach (var file in ContentFiles(state))
        {
            if (files.Text(file) is not { } text)
            {
                continue;
            }

            var (folded, map) = Fold(text);
            foreach (var (needle, within) in new[] { (Fold(lineText).Text, Fold(lineText[..wordInLine]).Text.Length), (Fold(word.Text).Text, 0) })
            {
                if (needle.Length == 0)
                {
                    continue;
                }

                var found = folded.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
                if (found >= 0)
                {
                    var (line, column) = SourceText.Position(text, map[Math.Min(found + within, map.Length - 1)]);
                    return new SourceHit(word, new SourceSpan(file, line, column), SourceSpan.None, Exact: false);
                }
            }
        }

        return new SourceHit(word, SourceSpan.None, SourceSpan.None, Exact: false);
    }

    /// <summary>The content and record files the output read, in the order the manifest names them.</summary>
    private static IEnumerable<string> ContentFiles(ViewState state)
    {
        var named = state.Job.Entry.Data.Select(d => d.Value)
            .Concat(state.Job.Entry.Records is { } records ? [records.Value] : []);
        return named.Concat(state.Inputs.Keys.Where(k => k.StartsWith("data/", StringComparison.Ordinal) && !k.EndsWith('/')))
            .Distinct(StringComparer.Ordinal)
            .Where(state.Inputs.ContainsKey);
    }

    /// <summary>The text with every run of white space as one space, and the original offset of each character kept.</summary>
    private static (string Text, int[] Map) Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (folded.Length > 0 && folded[^1] == ' ')
                {
                    continue;
                }

                folded.Append(' ');
            }
            else
            {
                folded.Append(text[i]);
            }

            map.Add(i);
        }

        return (folded.ToString(), [.. map]);
    }
}
