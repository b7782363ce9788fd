using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Tests.Support;

/// <summary>How much justification stretched the word spaces of a laid-out document, read from its frames.</summary>
internal sealed record WordSpacing(int Lines, double Largest, double Smallest, double Mean, int Loose, int VeryLoose)
{
    /// <summary>A loose line's spaces are over 25 % wider than natural (TeX's "loose"); very loose, over 50 %.</summary>
    public const double LooseStretch = 0.25;

    public const double VeryLooseStretch = 0.5;

    /// <summary>
    /// Every line whose spaces were adjusted (justified lines; last lines and ragged text have natural
    /// spaces): the drawn width of each space against the font's own advance, the mean per line.
    /// </summary>
    public static WordSpacing Measure(LaidOutDocument document)
    {
        var stretches = new List<double>();
        foreach (var page in document.Pages)
        {
            var lines = new Dictionary<float, List<double>>();
            foreach (var (offset, item) in page.Frame.Flatten())
            {
                if (item is not GlyphRunItem run)
                {
                    continue;
                }

                // The run shaped again as layout shaped it, so kerning with a space (" A", " T") counts as natural.
                var natural = TextShaper.Shape(run.Face, run.Text, 0, run.Text.Length, run.Size, 0);
                if (natural.Length != run.Glyphs.Length)
                {
                    continue;
                }

                var baseline = MathF.Round((offset.Y + run.Origin.Y) * 100) / 100;
                for (var g = 0; g < run.Glyphs.Length; g++)
                {
                    if (run.Text[run.Clusters[g]] != ' ')
                    {
                        continue;
                    }

                    var drawn = (g + 1 < run.Glyphs.Length ? run.X[g + 1] : run.Width) - run.X[g];
                    if (drawn < natural[g].Advance * 0.05f)
                    {
                        // The space a line breaks at, kept as an invisible glyph so that text reads back: not a word space.
                        continue;
                    }

                    if (!lines.TryGetValue(baseline, out var spaces))
                    {
                        lines[baseline] = spaces = [];
                    }

                    spaces.Add((drawn / natural[g].Advance) - 1);
                }
            }

            stretches.AddRange(lines.Values.Select(s => s.Average()).Where(s => Math.Abs(s) > 0.005));
        }

        return stretches.Count == 0
            ? new WordSpacing(0, 0, 0, 0, 0, 0)
            : new WordSpacing(
                stretches.Count,
                stretches.Max(),
                stretches.Min(),
                stretches.Average(),
                stretches.Count(s => s > LooseStretch),
                stretches.Count(s => s > VeryLooseStretch));
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Lines} justified lines: largest stretch {Largest:P0}, smallest {Smallest:P0}, mean {Mean:P1}, loose (> 25 %) {Loose}, very loose (> 50 %) {VeryLoose}");
}
