using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>
/// Golden cases for errors in content that a template prints: each <c>Golden/NAME/</c> is a small
/// project (manifest, templates, data; the repository's fonts are added), built as a user builds it,
/// and what the build prints to stderr must equal <c>NAME/expected.txt</c> exactly: the content's
/// file:line:col first, the template line as a note. MATERIALSGEN_UPDATE_GOLDEN=1 rewrites them
/// (review the diff).
/// </summary>
public sealed class GoldenProjectTests
{
    private static readonly string GoldenDirectory = RepoRoot.Combine("tests", "MaterialsGen.Tests", "Pipeline", "Golden");

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateDirectories(GoldenDirectory).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_errors_match_the_expected_file(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "mg-golden-project-" + Guid.NewGuid().ToString("N"));
        try
        {
            Copy(Path.Combine(GoldenDirectory, name), root);
            Copy(Path.Combine(RepoPaths.Root, "fonts"), Path.Combine(root, "fonts"));
            File.Delete(Path.Combine(root, "expected.txt"));
            var (_, _, error) = SampleProject.Run("build", "--project", root);

            var actual = error.ReplaceLineEndings("\n");
            var expectedPath = Path.Combine(GoldenDirectory, name, "expected.txt");
            if (Environment.GetEnvironmentVariable("MATERIALSGEN_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(expectedPath, actual);
            }

            Assert.True(File.Exists(expectedPath), $"missing {name}/expected.txt");
            Assert.NotEqual(string.Empty, actual);
            Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
