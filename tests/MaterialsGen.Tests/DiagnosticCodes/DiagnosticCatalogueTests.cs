using System.Text.RegularExpressions;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.DiagnosticCodes;

public sealed partial class DiagnosticCatalogueTests
{
    /// <summary>Every code the program's source spells, with the files that spell it.</summary>
    private static Dictionary<string, List<string>> UsedCodes()
    {
        var used = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            foreach (Match match in Code().Matches(File.ReadAllText(file)))
            {
                if (!used.TryGetValue(match.Value, out var files))
                {
                    used[match.Value] = files = [];
                }

                files.Add(Path.GetRelativePath(RepoPaths.Root, file));
            }
        }

        return used;
    }

    [Fact]
    public void Every_code_the_program_uses_has_one_entry_in_the_catalogue()
    {
        var missing = UsedCodes().Keys.Where(c => DiagnosticCatalogue.Find(c) is null).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "not in src/MaterialsGen/Diagnostics/CODES.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_entry_of_the_catalogue_is_used_and_none_twice()
    {
        var markdown = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "MaterialsGen", "Diagnostics", "CODES.md"));
        var entries = DiagnosticCatalogue.Parse(markdown);
        Assert.Equal(entries.Count, entries.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count());
        var unused = entries.Select(e => e.Code).Except(UsedCodes().Keys, StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, "catalogued but never used: " + string.Join(", ", unused));
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Explanation), e.Code);
            Assert.False(string.IsNullOrWhiteSpace(e.Fix), e.Code);
        });
    }

    [Fact]
    public void Explain_prints_the_meaning_and_the_fix()
    {
        var (exit, output, _) = SampleProject.Run("explain", "MG0301");
        Assert.Equal(0, exit);
        Assert.StartsWith("MG0301: no font has a glyph for a character", output, StringComparison.Ordinal);
        Assert.Contains("Fix: replace the character", output, StringComparison.Ordinal);

        var (unknown, _, error) = SampleProject.Run("explain", "MG0310");
        Assert.Equal(2, unknown);
        Assert.Contains("did you mean", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"MG\d{4}")]
    private static partial Regex Code();
}
