namespace MaterialsGen.Vietnamese;

/// <summary>Enumeration words ("Một là", "Hai là" …) and ordinals ("thứ nhất", "thứ tư").</summary>
internal static class VietnameseOrdinals
{
    /// <summary>The word that opens the n-th point of an argument: 1 → "Một là", 15 → "Mười lăm là".</summary>
    public static string Enumeration(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return VietnameseCase.CapitalizeFirst(VietnameseNumbers.ToWords(number)) + " là";
    }

    /// <summary>1 → "thứ nhất", 4 → "thứ tư", 14 → "thứ mười bốn"; only 1 and 4 have words of their own.</summary>
    public static string Ordinal(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return number switch
        {
            1 => "thứ nhất",
            4 => "thứ tư",
            _ => "thứ " + VietnameseNumbers.ToWords(number),
        };
    }
}
