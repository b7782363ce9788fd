using MaterialsGen.Diagnostics;
using MaterialsGen.Fuzz;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Hostile;

/// <summary>
/// The fuzz targets (tests/MaterialsGen.Fuzz, run for long under afl-fuzz by tests/fuzz/afl.sh) run here
/// briefly: over the committed corpus, and over a fixed set of seeded mutations of it. No input may
/// throw or hang. A corpus file with a <c>.expected.txt</c> beside it (every crash afl-fuzz found is
/// kept so) must also give exactly those diagnostics; MATERIALSGEN_UPDATE_GOLDEN=1 rewrites them.
/// </summary>
public sealed class FuzzCorpusTests
{
    private const int MutationsPerFile = 25;
    private static readonly string Corpus = RepoRoot.Combine("tests", "MaterialsGen.Fuzz", "corpus");
    private static readonly IReadOnlyDictionary<string, Func<byte[], IReadOnlyList<Diagnostic>>> Targets = FuzzTargets.All(TestFonts.Library);

    public static TheoryData<string> TargetNames() => new(Targets.Keys.Order(StringComparer.Ordinal));

    private static IEnumerable<string> Inputs(string target) =>
        Directory.EnumerateFiles(Path.Combine(Corpus, target)).Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(TargetNames))]
    public async Task No_corpus_file_or_mutation_of_it_throws_or_hangs(string target)
    {
        var run = Targets[target];
        var failures = new List<string>();
        var work = Task.Run(() =>
        {
            foreach (var (file, index) in Inputs(target).Select((f, i) => (f, i)))
            {
                var seed = File.ReadAllBytes(file);
                Try(run, seed, Path.GetFileName(file), failures);
                var mutation = 0;
                foreach (var mutated in Mutations.Of(seed, target, MutationsPerFile, (target.Sum(c => c) * 1000) + index))
                {
                    Try(run, mutated, $"{Path.GetFileName(file)} mutation {mutation++}", failures);
                }
            }
        });

        // A guard against a hang, not a speed target: the whole run takes seconds.
        Assert.True(await Task.WhenAny(work, Task.Delay(TimeSpan.FromMinutes(5))) == work, $"the {target} target did not finish: an input hangs it");
        await work;
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Kept_crashes_give_their_expected_diagnostics(string target)
    {
        foreach (var file in Inputs(target).Where(f => File.Exists(Expected(f))))
        {
            var actual = string.Concat(Targets[target](File.ReadAllBytes(file)).Select(d => d + "\n"));
            if (Environment.GetEnvironmentVariable("MATERIALSGEN_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(Expected(file), actual);
            }

            Assert.Equal(File.ReadAllText(Expected(file)).ReplaceLineEndings("\n"), actual);
        }
    }

    [Fact]
    public void Every_target_has_a_corpus()
    {
        Assert.All(Targets.Keys, t => Assert.NotEmpty(Inputs(t)));
    }

    private static string Expected(string file) => Path.ChangeExtension(file, null) + ".expected.txt";

    private static void Try(Func<byte[], IReadOnlyList<Diagnostic>> run, byte[] input, string name, List<string> failures)
    {
        try
        {
            run(input);
        }
#pragma warning disable CA1031 // Any exception escaping a target is the finding this test reports.
        catch (Exception e)
#pragma warning restore CA1031
        {
            failures.Add($"{name}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }
}
