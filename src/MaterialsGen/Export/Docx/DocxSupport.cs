using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// What Word cannot express, reported where the markup says it before a .docx is written: a canvas
/// (one fixed page whose content must fit, shrinking text: Word only flows) and layers (blocks drawn
/// over each other). Nothing is silently left out of an editable file.
/// </summary>
internal static class DocxSupport
{
    public const string CanvasCode = "MG0801";
    public const string LayersCode = "MG0802";

    public static void Check(LayoutDocument document, DiagnosticBag diagnostics)
    {
        foreach (var section in document.Sections)
        {
            if (section.Fixed)
            {
                diagnostics.Error(CanvasCode, "a <canvas> is one fixed page, which a Word document cannot hold; docx needs a template with <page>, whose content flows", section.Source);
                continue;
            }

            foreach (var block in new[] { section.Body, section.Header, section.Footer, section.FirstHeader, section.FirstFooter }.OfType<Block>().Distinct())
            {
                Visit(block, diagnostics);
            }
        }
    }

    private static void Visit(Block block, DiagnosticBag diagnostics)
    {
        if (block is LayersBlock layers)
        {
            diagnostics.Error(LayersCode, "<layers> draws blocks over each other, which a Word document cannot do; leave it out of templates for docx", layers.Source);
            return;
        }

        foreach (var child in Children(block))
        {
            Visit(child, diagnostics);
        }
    }

    private static IEnumerable<Block> Children(Block block) => block switch
    {
        StackBlock stack => stack.Children,
        BoxBlock box => [box.Child],
        RowBlock row => row.Columns.Select(c => c.Content),
        TableBlock table => table.Header.Concat(table.Body),
        ListBlock list => list.Items.Select(i => i.Content),
        _ => [],
    };
}
