namespace MaterialsGen.Layout.Text;

/// <summary>How a paragraph chooses its line breaks (Typst's <c>linebreaks</c>).</summary>
internal enum LineBreaks
{
    /// <summary>Optimal for justified paragraphs, first fit for the others.</summary>
    Auto,

    /// <summary>First fit: each line takes as many words as fit.</summary>
    Simple,

    /// <summary>Knuth–Plass: the breaks that make the whole paragraph's spacing most even.</summary>
    Optimized,
}
