namespace MaterialsGen.Layout.Frames;

/// <summary>What a piece of the document is for a reader that does not see the page: PDF's standard structure types.</summary>
internal enum StructureRole
{
    P,
    H1,
    H2,
    H3,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Figure,
    Link,
    BlockQuote,

    /// <summary>Text drawn as something else (an emoji picture, glyphs that do not map back), with its /ActualText.</summary>
    Span,

    /// <summary>Not content: running headers and footers, page numbers, decoration. Readers skip it.</summary>
    Artifact,
}

/// <summary>What an artifact is, so a reader can tell a running header from a background.</summary>
internal enum ArtifactKind
{
    Layout,
    Header,
    Footer,

    /// <summary>A table's header rows drawn again on a page it continues on.</summary>
    Pagination,
}

/// <summary>
/// Names the structure element a frame belongs to. A tag is made once per markup element and is
/// compared by reference, so the pieces of one paragraph or table split over pages, each in its own
/// frame, stay one element. Frames carry tags (<see cref="FrameRef.Tag"/>); raster output ignores them.
/// </summary>
internal sealed class StructureTag(StructureRole role)
{
    public static StructureTag Header { get; } = new(StructureRole.Artifact) { Artifact = ArtifactKind.Header };

    public static StructureTag Footer { get; } = new(StructureRole.Artifact) { Artifact = ArtifactKind.Footer };

    public static StructureTag Decoration { get; } = new(StructureRole.Artifact);

    public static StructureTag RepeatedHeader { get; } = new(StructureRole.Artifact) { Artifact = ArtifactKind.Pagination };

    public StructureRole Role { get; } = role;

    /// <summary>The alternative text of a figure, a link's whole text (its annotation's /Contents), or a span's actual text.</summary>
    public string? Alt { get; init; }

    /// <summary>For an artifact, what kind.</summary>
    public ArtifactKind Artifact { get; init; }

    /// <summary>For a list, how its labels count (PDF's ListNumbering: Disc, Decimal, LowerAlpha …, None).</summary>
    public string? Numbering { get; init; }

    public static StructureTag Of(StructureRole role) => new(role);

    public override string ToString() => Role.ToString();
}
