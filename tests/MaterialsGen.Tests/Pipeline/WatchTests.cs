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

    // The watcher writes through the synchronised writers on another thread; a synchronised writer locks
    // itself, so reading under the same lock never sees a StringBuilder in the middle of a write.
    private static string Read(StringWriter writer, TextWriter synchronized)
    {
        lock (synchronized)
        {
            return writer.ToString();
        }
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
            Assert.True(WaitFor(() => Read(output, syncOut).Contains("watching", StringComparison.Ordinal)), Read(output, syncOut));
            var file = Path.Combine(project.Root, "data", "9-khong.yaml");
            var good = File.ReadAllText(file);
            File.WriteAllText(file, good.Replace("tone: dont", "tone: [dont", StringComparison.Ordinal));
            Assert.True(WaitFor(() => Read(error, syncError).Contains("data/9-khong.yaml:", StringComparison.Ordinal)), Read(output, syncOut) + Read(error, syncError));
            var before = Read(output, syncOut).Length;
            File.WriteAllText(file, good.Replace("Không thích (like) những", "Không bấm thích (like) những", StringComparison.Ordinal));
            Assert.True(WaitFor(() => Read(output, syncOut)[before..].Contains("built output/infographic-9-khong.png", StringComparison.Ordinal)), Read(output, syncOut));
            Assert.Contains("changed: data/9-khong.yaml", Read(output, syncOut), StringComparison.Ordinal);
            Assert.DoesNotContain("built output/infographic-4-tich-cuc.png", Read(output, syncOut)[before..], StringComparison.Ordinal);
        }
        finally
        {
            stop.Cancel();
            await watching.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
