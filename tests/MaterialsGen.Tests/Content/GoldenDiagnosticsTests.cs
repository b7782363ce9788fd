using MaterialsGen.Content;
using MaterialsGen.Content.Records;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Content;

/// <summary>
/// Each file in Golden/ is loaded and its diagnostics compared line for line with the
/// <c>.expected.txt</c> beside it. Set MATERIALSGEN_UPDATE_GOLDEN=1 to rewrite the expected files,
/// then review the diff: the expected files are the specification of the messages.
/// </summary>
public sealed class GoldenDiagnosticsTests
{
    private static readonly string GoldenDirectory = RepoRoot.Combine("tests", "MaterialsGen.Tests", "Content", "Golden");

    public static TheoryData<string> Cases() => new(CaseNames());

    private static IEnumerable<string> CaseNames() =>
        Directory.EnumerateFiles(GoldenDirectory)
            .Select(file => Path.GetFileName(file))
            .Where(name => !name.EndsWith(".expected.txt", StringComparison.Ordinal) && !name.StartsWith('.'))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_expected_file(string name)
    {
        var actual = Load(name);
        var expectedPath = Path.Combine(GoldenDirectory, ExpectedName(name));
        if (Environment.GetEnvironmentVariable("MATERIALSGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"missing {ExpectedName(name)}");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Every_expected_file_has_an_input()
    {
        var inputs = CaseNames().Select(ExpectedName).ToHashSet(StringComparer.Ordinal);
        var expected = Directory.EnumerateFiles(GoldenDirectory, "*.expected.txt").Select(file => Path.GetFileName(file));
        Assert.All(expected, e => Assert.Contains(e, inputs));
    }

    [Fact]
    public void The_golden_set_covers_every_required_case()
    {
        var names = CaseNames().ToList();
        Assert.Subset(
            names.ToHashSet(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal)
            {
                "yaml-syntax.yaml", "missing-field.yaml", "wrong-type.yaml", "bad-tone.yaml", "unknown-key.yaml",
                "bad-id.yaml", "several-errors.yaml", "csv-field-count.csv", "csv-bom-crlf.csv", "zero-width.yaml", "tcvn3.yaml",
                "alias-bomb.yaml", "deep-map.yaml", "deep-list.yaml", "unknown-tag.yaml", "text-too-long.yaml", "invisible-flood.yaml",
            });
    }

    internal static string Load(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(GoldenDirectory, name));
        var diagnostics = new DiagnosticBag();
        if (name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".records.yaml", StringComparison.Ordinal))
        {
            RecordReader.Read(name, bytes, diagnostics);
        }
        else
        {
            ContentLoader.Load(name, bytes, diagnostics);
        }

        return string.Concat(diagnostics.Items.Select(d => d + "\n"));
    }

    private static string ExpectedName(string name) => Path.GetFileNameWithoutExtension(name) + ".expected.txt";
}
