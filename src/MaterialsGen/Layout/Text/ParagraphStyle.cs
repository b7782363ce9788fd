namespace MaterialsGen.Layout.Text;

/// <summary>
/// Paragraph-level settings. <see cref="LineHeight"/> is a multiple of the font size; a line is never
/// made shorter than its fonts' ascent plus descent, so stacked Vietnamese marks (Ẩ, Ặ, Ỗ) always
/// have room and never reach into the line above.
/// </summary>
internal sealed record ParagraphStyle(
    TextAlign Align = TextAlign.Left,
    float LineHeight = 1.3f,
    float FirstLineIndent = 0,
    bool Uppercase = false,
    int MinLinesAtBreak = 2,
    float MinFontSize = 0)
{
    /// <summary>The size fit-to-fill text may grow to; 0 means it only shrinks (from its size down to <see cref="MinFontSize"/>).</summary>
    public float MaxFontSize { get; init; }

    /// <summary>How lines are chosen; <see cref="LineBreaks.Auto"/> is optimal for justified text.</summary>
    public LineBreaks LineBreaks { get; init; }

    /// <summary>Whether the Knuth–Plass breaker sets this paragraph.</summary>
    public bool Optimized => LineBreaks == LineBreaks.Optimized || (LineBreaks == LineBreaks.Auto && Align == TextAlign.Justify);

    public static ParagraphStyle Default { get; } = new();
}
