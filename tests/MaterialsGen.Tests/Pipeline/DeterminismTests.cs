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
        // Every output the manifest plans, the Word files among them.
        Assert.Equal(PlannedOutputs.Paths(first.Root).Select(Path.GetFileName), files);
        Assert.Contains("tai-lieu-sinh-hoat.docx", files);
        Assert.Contains("to-roi-a5.docx", files);
        Assert.Contains("tai-lieu-kp5-tien-thanh.docx", files);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(first.Output(file!)), File.ReadAllBytes(second.Output(file!)));
        }
    }
}
