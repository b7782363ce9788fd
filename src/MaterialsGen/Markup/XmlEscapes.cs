namespace MaterialsGen.Markup;

/// <summary>
/// The entities a printed value's special characters become in markup. One table for the escaper that
/// writes them and the source map that counts them back to the value's characters.
/// </summary>
internal static class XmlEscapes
{
    public const string Special = "<>&\"'";

    /// <summary>The entity for <paramref name="c"/>, or null when the character stands for itself.</summary>
    public static string? Entity(char c) => c switch
    {
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '"' => "&quot;",
        '\'' => "&apos;",
        _ => null,
    };

    /// <summary>How many markup characters <paramref name="c"/> takes once escaped.</summary>
    public static int EscapedLength(char c) => Entity(c)?.Length ?? 1;
}
