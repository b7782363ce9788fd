using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>Equal input gives equal bytes: whatever the parallelism, and whether or not outputs share their common work.</summary>
public class DeterminismTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Two_builds_of_the_sample_are_byte_identical()
    {
        using var other = new SampleProject();
        Assert.Equal(0, SampleProject.Run("build", "--project", other.Root, "--jobs", "1").Exit);
        AssertSameOutputs(other);
    }

    /// <summary>
    /// Memoisation (shaped text, prepared paragraphs and line sets shared across records, compressed subsets
    /// and pages reused) must never change output: the whole sample, its mail merge of branch handouts among
    /// it, built with nothing shared, is byte for byte the build that shares.
    /// </summary>
    [Fact]
    public void Building_with_nothing_shared_between_outputs_gives_the_same_bytes()
    {
        using var alone = new SampleProject();
        Assert.Equal(0, SampleProject.Run("build", "--project", alone.Root, "--no-memo", "--jobs", "4").Exit);
        AssertSameOutputs(alone);
    }

    private void AssertSameOutputs(SampleProject other)
    {
        Assert.Equal(0, sample.Exit);
        var files = Directory.GetFiles(Path.Combine(sample.Root, "output")).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).Order().ToList();
        // Every output the manifest plans, the Word files and the five branch handouts among them.
        Assert.Equal(PlannedOutputs.Paths(sample.Root).Select(Path.GetFileName), files);
        Assert.Contains("tai-lieu-sinh-hoat.docx", files);
        Assert.Contains("to-roi-a5.docx", files);
        Assert.Contains("tai-lieu-kp5-tien-thanh.docx", files);
        Assert.Equal(5, files.Count(f => f!.StartsWith("tai-lieu-", StringComparison.Ordinal) && f.EndsWith(".pdf", StringComparison.Ordinal) && f != "tai-lieu-sinh-hoat.pdf"));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(sample.Output(file!)).AsSpan().SequenceEqual(File.ReadAllBytes(other.Output(file!))), $"{file} differs");
        }
    }
}
