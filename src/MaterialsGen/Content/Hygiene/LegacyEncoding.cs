namespace MaterialsGen.Content.Hygiene;

/// <summary>The 8-bit Vietnamese encodings still found in old Word files and scanned-then-typed documents.</summary>
internal enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts.</summary>
    Tcvn3,

    /// <summary>VNI-Windows: a base letter followed by a separate mark character.</summary>
    Vni,
}
