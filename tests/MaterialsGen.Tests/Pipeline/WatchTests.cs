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

    /// <summary>What the watcher wrote so far, read under the lock its writes take: a StringWriter read while another thread writes can throw.</summary>
    private static string Read(TextWriter synchronized, StringWriter writer)
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
            Assert.True(WaitFor(() => Read(syncOut, output).Contains("watching", StringComparison.Ordinal)), Read(syncOut, output));
            var file = Path.Combine(project.Root, "data", "9-khong.yaml");
            var good = File.ReadAllText(file);
            File.WriteAllText(file, good.Replace("tone: dont", "tone: [dont", StringComparison.Ordinal));
            Assert.True(WaitFor(() => Read(syncError, error).Contains("data/9-khong.yaml:", StringComparison.Ordinal)), Read(syncOut, output) + Read(syncError, error));
            var before = Read(syncOut, output).Length;
            File.WriteAllText(file, good.Replace("Không thích (like) những", "Không bấm thích (like) những", StringComparison.Ordinal));
            Assert.True(WaitFor(() => Read(syncOut, output)[before..].Contains("built output/infographic-9-khong.png", StringComparison.Ordinal)), Read(syncOut, output));
            Assert.Contains("changed: data/9-khong.yaml", Read(syncOut, output), StringComparison.Ordinal);
            Assert.DoesNotContain("built output/infographic-4-tich-cuc.png", Read(syncOut, output)[before..], StringComparison.Ordinal);
        }
        finally
        {
            stop.Cancel();
            await watching.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
