using MaterialsGen.Diagnostics;

namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// What an overflow message points at: the first text inside a block (the content a person shortens),
/// located through the document's origins, or the block's element when it holds no text.
/// </summary>
internal static class BlockOrigins
{
    public static SourceOrigin FirstText(Block block, LayoutContext context) =>
        FirstParagraph(block) is { } paragraph ? paragraph.TextOrigin(context) : new SourceOrigin(block.Source, SourceSpan.None);

    /// <summary>The first paragraph a block starts with, looking through containers.</summary>
    public static ParagraphBlock? FirstParagraph(Block block) => block switch
    {
        ParagraphBlock paragraph => paragraph,
        StackBlock { Children.Length: > 0 } stack => stack.Children.Select(FirstParagraph).FirstOrDefault(p => p is not null),
        BoxBlock box => FirstParagraph(box.Child),
        ListItemBlock item => FirstParagraph(item.Content),
        RowBlock row => row.Columns.Select(c => FirstParagraph(c.Content)).FirstOrDefault(p => p is not null),
        _ => null,
    };

}
