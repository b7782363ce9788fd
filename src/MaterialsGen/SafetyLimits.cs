namespace MaterialsGen;

/// <summary>
/// Every limit that stops runaway input, in one place (as Scriban keeps its own together): each one
/// ends the output with a located error instead of hanging a build or filling a disk.
/// </summary>
internal static class SafetyLimits
{
    /// <summary>Iterations of one template loop.</summary>
    public const int TemplateLoops = 100_000;

    /// <summary>Depth of template includes and function recursion.</summary>
    public const int TemplateRecursion = 64;

    /// <summary>Characters of markup one template may produce.</summary>
    public const int TemplateOutputChars = 20_000_000;

    /// <summary>Pages of one document.</summary>
    public const int Pages = 2_000;

    /// <summary>Bytes of one content or records file.</summary>
    public const long ContentFileBytes = 50L * 1024 * 1024;

    /// <summary>Bytes of one image file.</summary>
    public const long ImageFileBytes = 50L * 1024 * 1024;

    /// <summary>Pixels of one decoded raster image (a small file can claim a huge picture).</summary>
    public const long ImagePixels = 100_000_000;
}
