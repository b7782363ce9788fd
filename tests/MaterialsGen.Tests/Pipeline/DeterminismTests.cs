using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_sample_are_byte_identical()
    {
        using var first = new SampleProject();
        using var second = new SampleProject();
        Assert.Equal(0, SampleProject.Run("build", "--project", first.Root, "--jobs", "1").Exit);
        Assert.Equal(0, SampleProject.Run("build", "--project", second.Root, "--jobs", "4").Exit);
        var files = Directory.GetFiles(Path.Combine(first.Root, "output")).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).Order().ToList();
        Assert.Equal(29, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(first.Output(file!)), File.ReadAllBytes(second.Output(file!)));
        }
    }
}
