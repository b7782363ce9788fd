using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Text;

namespace MaterialsGen.Layout.Paging;

/// <summary>
/// A run of pages sharing a size, margins, header and footer. A fixed section is one canvas (an
/// infographic, a card face): its content must fit, shrinking fit-to-box text if allowed.
/// </summary>
internal sealed record PageSection(Size PageSize, Spacing Margin, Block Body)
{
    public Block? Header { get; init; }

    public Block? Footer { get; init; }

    /// <summary>Header for the first page of the section; null means the first page has none when <see cref="DifferentFirstPage"/>.</summary>
    public Block? FirstHeader { get; init; }

    public Block? FirstFooter { get; init; }

    public bool DifferentFirstPage { get; init; }

    public float HeaderGap { get; init; } = 8;

    public float FooterGap { get; init; } = 8;

    public Paint? Background { get; init; }

    /// <summary>One page only; overflow is an error rather than a new page.</summary>
    public bool Fixed { get; init; }

    /// <summary>A fixed section's legibility floor: no text under this size (a social image read on a phone); 0 for none.</summary>
    public float MinTextSize { get; init; }

    public SourceSpan Source { get; init; }

    /// <summary>The text settings the section's blocks inherit: an editable format's Normal style.</summary>
    public TextStyle? Text { get; init; }

    public ParagraphStyle? Paragraph { get; init; }
}
