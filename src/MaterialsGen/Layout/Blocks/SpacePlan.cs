namespace MaterialsGen.Layout.Blocks;

/// <summary>
/// What a block made of the room it was offered, after QuestPDF's SpacePlan: all of it fitted, part of
/// it fitted and the rest continues elsewhere, or nothing could be placed (with the reason why).
/// </summary>
internal enum SpacePlan
{
    Full,
    Partial,
    Wrap,
}
