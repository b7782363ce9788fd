namespace MaterialsGen.Layout.LineBreaking;

/// <summary>
/// A place where a line may (or, when <paramref name="IsMandatory"/>, must) end.
/// </summary>
/// <param name="Index">UTF-16 offset in the text where the next line would start.</param>
/// <param name="IsMandatory">True after a hard line break (BK, CR, LF, NL, or CR LF).</param>
internal readonly record struct LineBreakOpportunity(int Index, bool IsMandatory);
