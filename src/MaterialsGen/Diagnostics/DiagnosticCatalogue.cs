using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MaterialsGen.Diagnostics;

/// <summary>One code of the catalogue: what it means, why it happens, and how to fix it.</summary>
public sealed record DiagnosticCode(string Code, string Title, string Explanation, string Fix)
{
    /// <summary>The entry as <c>materialsgen explain</c> prints it.</summary>
    public override string ToString() => $"{Code}: {Title}\n\n{Explanation}\n\nFix: {Fix}";
}

/// <summary>
/// Every diagnostic code with its meaning, read from <c>Diagnostics/CODES.md</c> (embedded in the
/// program, and the documentation users read). A test keeps the catalogue and the codes the program
/// uses in step, so no code is used without an entry, and none has two.
/// </summary>
public static partial class DiagnosticCatalogue
{
    private static readonly Lazy<FrozenDictionary<string, DiagnosticCode>> Entries = new(() => Load("MaterialsGen.Diagnostics.CODES.md"));
    private static readonly Lazy<FrozenDictionary<string, DiagnosticCode>> Vietnamese = new(() => Load("MaterialsGen.Diagnostics.CODES.vi.md"));

    public static IReadOnlyCollection<DiagnosticCode> All => Entries.Value.Values;

    public static DiagnosticCode? Find(string code) =>
        Entries.Value.GetValueOrDefault((code ?? throw new ArgumentNullException(nameof(code))).Trim().ToUpperInvariant());

    /// <summary>A code's entry in a language of the interface: "vi" reads <c>Diagnostics/CODES.vi.md</c>, anything else English.</summary>
    internal static DiagnosticCode? Find(string code, string language) =>
        language == "vi" ? Vietnamese.Value.GetValueOrDefault(code.Trim().ToUpperInvariant()) ?? Find(code) : Find(code);

    /// <summary>The Vietnamese catalogue's entries (a test keeps them in step with the English ones).</summary>
    internal static IReadOnlyCollection<DiagnosticCode> AllVietnamese => Vietnamese.Value.Values;

    /// <summary>How an entry's fix is introduced, in English and in the Vietnamese catalogue.</summary>
    private static readonly string[] FixLabels = ["**Fix:**", "**Cách sửa:**"];

    /// <summary>Reads the catalogue's Markdown: a <c>## MG0123 — title</c> heading, the explanation, then <c>**Fix:**</c>.</summary>
    internal static IReadOnlyList<DiagnosticCode> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var codes = new List<DiagnosticCode>();
        foreach (Match section in Section().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            var body = section.Groups["body"].Value;
            var label = FixLabels.FirstOrDefault(l => body.Contains(l, StringComparison.Ordinal)) ?? FixLabels[0];
            var fix = body.IndexOf(label, StringComparison.Ordinal);
            codes.Add(new DiagnosticCode(
                section.Groups["code"].Value,
                section.Groups["title"].Value.Trim(),
                Unwrap(fix < 0 ? body : body[..fix]),
                fix < 0 ? string.Empty : Unwrap(body[(fix + label.Length)..])));
        }

        return codes;
    }

    private static FrozenDictionary<string, DiagnosticCode> Load(string resource)
    {
        using var stream = typeof(DiagnosticCatalogue).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("the diagnostic catalogue is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd()).ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Joins the lines of a Markdown paragraph (the file wraps at 105 columns).</summary>
    private static string Unwrap(string text) =>
        string.Join("\n\n", text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries))));

    [GeneratedRegex(@"^## (?<code>MG\d{4}) — (?<title>[^\n]+)\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Section();
}
