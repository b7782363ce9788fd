namespace MaterialsGen.Layout.LineBreaking;

/// <summary>Which tailoring of the default line breaking algorithm a text gets.</summary>
internal enum LineBreakTailoring
{
    /// <summary>UAX #14 exactly as LineBreakTest.txt checks it.</summary>
    None,

    /// <summary>The default rules, then <see cref="VietnameseLineBreakRules"/>: document numbers and references stay whole.</summary>
    Vietnamese,
}
