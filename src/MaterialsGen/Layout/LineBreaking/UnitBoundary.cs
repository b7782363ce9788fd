using static MaterialsGen.Layout.LineBreaking.LineBreakClass;

namespace MaterialsGen.Layout.LineBreaking;

/// <summary>The position between unit <c>Unit - 1</c> (before) and unit <c>Unit</c> (after), as the rules from LB11 on see it.</summary>
internal readonly struct UnitBoundary
{
    public UnitBoundary(ClassifiedText text, int unit)
    {
        Text = text;
        Unit = unit;
        Before = text.UnitClass(unit - 1);
        After = text.UnitClass(unit);
    }

    public ClassifiedText Text { get; }

    public int Unit { get; }

    public LineBreakClass Before { get; }

    public LineBreakClass After { get; }

    public int BeforeBase => Text.UnitBase(Unit - 1);

    public int AfterBase => Text.UnitBase(Unit);

    /// <summary>The class of the first unit before this position that is not SP (for the "X SP* ×" rules).</summary>
    public LineBreakClass BeforeSpaces
    {
        get
        {
            var unit = Unit - 1;
            while (Text.UnitClass(unit) is SP)
            {
                unit--;
            }

            return Text.UnitClass(unit);
        }
    }

    /// <summary>The class of the unit at an offset from <see cref="After"/>: 0 is after, -1 before; XX past either end.</summary>
    public LineBreakClass Class(int offset) => Text.UnitClass(Unit + offset);
}
