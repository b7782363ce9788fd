using System.Collections.Concurrent;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// Prepared paragraphs shared across documents: in a mail merge every record repeats the same
/// paragraphs, so they are joined, itemised, shaped and given break opportunities once per session.
/// A prepared paragraph is immutable; the diagnostics preparing it produced are kept and replayed,
/// so a cached paragraph reports a missing glyph exactly as a fresh one would.
/// </summary>
internal sealed class PreparedParagraphCache
{
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<Key, (PreparedParagraph Paragraph, Diagnostic[] Diagnostics)> Entries = new();

    public PreparedParagraph Get(IReadOnlyList<TextSpan> spans, ParagraphStyle style, FontLibrary fonts, float scale, DiagnosticBag diagnostics)
    {
        var key = new Key([.. spans], style, fonts, scale);
        if (!Entries.TryGetValue(key, out var entry))
        {
            var local = new DiagnosticBag();
            entry = (PreparedParagraph.Prepare(spans, style, fonts, scale, local), [.. local.Items]);
            if (Entries.Count >= MaxEntries)
            {
                Entries.Clear();
            }

            Entries.TryAdd(key, entry);
        }

        diagnostics.AddRange(entry.Diagnostics);
        return entry.Paragraph;
    }

    /// <summary>Structural key: the spans (text, style, source) in order, the paragraph style, the fonts and the scale.</summary>
    private sealed record Key(TextSpan[] Spans, ParagraphStyle Style, FontLibrary Fonts, float Scale)
    {
        public bool Equals(Key? other) =>
            other is not null && Scale == other.Scale && ReferenceEquals(Fonts, other.Fonts) && Style == other.Style && Spans.AsSpan().SequenceEqual(other.Spans);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Scale);
            hash.Add(Style);
            foreach (var span in Spans)
            {
                hash.Add(span);
            }

            return hash.ToHashCode();
        }
    }
}
