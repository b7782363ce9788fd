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

    /// <summary>Levels of layout markup elements inside one another (the sample's templates use about twelve).</summary>
    public const int MarkupNesting = 100;

    /// <summary>Pages of one document.</summary>
    public const int Pages = 2_000;

    /// <summary>Bytes of one content or records file.</summary>
    public const long ContentFileBytes = 50L * 1024 * 1024;

    /// <summary>Levels of lists and maps inside one another in a content file (the sample needs five).</summary>
    public const int ContentNesting = 100;

    /// <summary>
    /// Values that aliases in one content file may stand for. Aliases are an error anyway; the anchored
    /// value stands in only to avoid follow-up errors, and nested aliases multiply (a "billion laughs").
    /// </summary>
    public const int AliasValues = 10_000;

    /// <summary>Characters of one text value of content or records (the whole source article has 15,000).</summary>
    public const int TextChars = 50_000;

    /// <summary>Characters of one id (a document's or a record's): output file names are made from ids.</summary>
    public const int IdChars = 64;

    /// <summary>Bytes of one output's file name; file systems allow 255, and the temporary beside it needs a little more.</summary>
    public const int OutputNameBytes = 200;

    /// <summary>Warnings about invisible or look-alike characters listed one by one per file; the rest are counted.</summary>
    public const int CharacterWarningsPerFile = 100;

    /// <summary>Bytes of one image file.</summary>
    public const long ImageFileBytes = 50L * 1024 * 1024;

    /// <summary>Elements one SVG draws, counting each <c>&lt;use&gt;</c> as the elements it repeats.</summary>
    public const int SvgElements = 50_000;

    /// <summary>Levels of SVG elements inside one another.</summary>
    public const int SvgNesting = 100;

    /// <summary>Pixels of one decoded raster image (a small file can claim a huge picture).</summary>
    public const long ImagePixels = 100_000_000;
}
