namespace MaterialsGen.Layout.LineBreaking;

/// <summary>What the first applicable UAX #14 rule says about one position between two characters.</summary>
internal enum BreakAction
{
    /// <summary>×: the line may not end here.</summary>
    Prohibited,

    /// <summary>÷: the line may end here.</summary>
    Allowed,

    /// <summary>!: the line must end here.</summary>
    Mandatory,
}
