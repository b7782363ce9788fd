using MaterialsGen.Layout.Fonts;

namespace MaterialsGen.Layout.Text;

/// <summary>
/// Prepared paragraphs shared across documents: in a mail merge every record repeats the same
/// paragraphs, so they are joined, itemised, shaped and given break opportunities once per session.
/// The key is what shaping depends on (text, style, field of each span), never where the text came
/// from: a prepared paragraph keeps its problems at character indices, and each paragraph using it
/// locates them through its own origins, so a cached paragraph reports a missing glyph at the right
/// content line exactly as a fresh one would.
/// </summary>
/// <param name="enabled">False prepares every paragraph afresh (to show sharing changes nothing).</param>
internal sealed class PreparedParagraphCache(bool enabled = true)
{
    private const int MaxEntries = 20_000;
    private readonly Engine.MemoTable<Key, PreparedParagraph> _entries = new(MaxEntries, enabled);

    public PreparedParagraph Get(IReadOnlyList<TextSpan> spans, ParagraphStyle style, FontLibrary fonts, float scale) =>
        _entries.Get(new Key([.. spans.Select(s => (s.Text, s.Style, s.Field))], style, fonts, scale), spans, static (key, spans) => PreparedParagraph.Prepare(spans, key.Style, key.Fonts, key.Scale));

    /// <summary>Structural key: the spans (text, style, field) in order, the paragraph style, the fonts and the scale.</summary>
    private sealed record Key((string Text, TextStyle Style, TextField Field)[] Spans, ParagraphStyle Style, FontLibrary Fonts, float Scale)
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
