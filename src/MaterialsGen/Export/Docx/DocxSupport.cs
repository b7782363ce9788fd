using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// What Word cannot express, reported where the markup says it before a .docx is written: a canvas
/// (one fixed page whose content must fit, shrinking text: Word only flows) and layers (blocks drawn
/// over each other). Nothing is silently left out of an editable file. A <c>docx-fonts</c> family the
/// project has no font of is an error too.
/// </summary>
internal static class DocxSupport
{
    public const string CanvasCode = "MG0801";
    public const string LayersCode = "MG0802";

    public static void Check(LayoutDocument document, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        foreach (var name in document.EditableFontNames.Where(n => !fonts.HasFamily(n.Family)))
        {
            // A renaming of a family the project does not have would silently rename nothing.
            diagnostics.Error("MG0302", $"docx-fonts names the family '{name.Family}', which no font in fonts/ has{NearestName.Suggest(name.Family, fonts.Families)}", name.Source);
        }

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
