namespace MaterialsGen.Rendering.Pdf;

/// <summary>The ISO profiles of PDF a file is written to conform to, besides being tagged (which every PDF is).</summary>
[Flags]
internal enum PdfStandards
{
    None = 0,

    /// <summary>PDF/A-2b (ISO 19005-2, level B): for archives; XMP metadata, an sRGB output intent, fonts embedded.</summary>
    A2b = 1,

    /// <summary>PDF/UA-1 (ISO 14289-1): for screen readers; a title shown in the window, alt text, everything tagged.</summary>
    Ua1 = 2,
}

/// <summary>The names of the standards in manifests and on the command line: <c>a-2b</c>, <c>ua-1</c>.</summary>
internal static class PdfStandardNames
{
    public static IReadOnlyDictionary<string, PdfStandards> Named { get; } = new Dictionary<string, PdfStandards>(StringComparer.OrdinalIgnoreCase)
    {
        ["a-2b"] = PdfStandards.A2b,
        ["ua-1"] = PdfStandards.Ua1,
    };
}
