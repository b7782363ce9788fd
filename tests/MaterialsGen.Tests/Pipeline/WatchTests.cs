using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

public class WatchTests
{
    private static bool WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    [Fact]
    public async Task Watch_shows_a_half_typed_file_error_then_builds_the_next_save()
    {
        using var project = new SampleProject();
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var syncOut = TextWriter.Synchronized(output);
        var syncError = TextWriter.Synchronized(error);
        var watching = Task.Run(() => MaterialsGen.Cli.WatchCommand.Watch(["--project", project.Root, "--jobs", "1"], syncOut, syncError, stop.Token));
        try
        {
            Assert.True(WaitFor(() => output.ToString().Contains("watching", StringComparison.Ordinal)), output.ToString());
            var file = Path.Combine(project.Root, "data", "9-khong.yaml");
            var good = File.ReadAllText(file);
            File.WriteAllText(file, good.Replace("tone: dont", "tone: [dont", StringComparison.Ordinal));
            Assert.True(WaitFor(() => error.ToString().Contains("data/9-khong.yaml:", StringComparison.Ordinal)), output + error.ToString());
            var before = output.ToString().Length;
            File.WriteAllText(file, good.Replace("Không thích (like) những", "Không bấm thích (like) những", StringComparison.Ordinal));
            Assert.True(WaitFor(() => output.ToString()[before..].Contains("built output/infographic-9-khong.png", StringComparison.Ordinal)), output.ToString());
            Assert.Contains("changed: data/9-khong.yaml", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("built output/infographic-4-tich-cuc.png", output.ToString()[before..], StringComparison.Ordinal);
        }
        finally
        {
            stop.Cancel();
            await watching.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
