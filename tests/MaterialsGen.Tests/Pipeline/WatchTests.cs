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

    /// <summary>Runs watch in the background while <paramref name="test"/> edits the project (reading what watch printed), then stops it.</summary>
    private static async Task Watching(SampleProject project, string[] options, Action<Func<string>, Func<string>, Task> test)
    {
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var syncOut = TextWriter.Synchronized(output);
        var syncError = TextWriter.Synchronized(error);
        var watching = Task.Run(() => MaterialsGen.Cli.WatchCommand.Watch(["--project", project.Root, "--jobs", "1", .. options], syncOut, syncError, stop.Token));
        try
        {
            Assert.True(WaitFor(() => Read(output, syncOut).Contains("watching", StringComparison.Ordinal)), Read(output, syncOut));
            test(() => Read(output, syncOut), () => Read(error, syncError), watching);
        }
        finally
        {
            stop.Cancel();
            await watching.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task Watch_shows_a_half_typed_file_error_then_builds_the_next_save()
    {
        using var project = new SampleProject();
        await Watching(project, [], (output, error, _) =>
        {
            var file = Path.Combine(project.Root, "data", "9-khong.yaml");
            var good = File.ReadAllText(file);
            File.WriteAllText(file, good.Replace("tone: dont", "tone: [dont", StringComparison.Ordinal));
            Assert.True(WaitFor(() => error().Contains("data/9-khong.yaml:", StringComparison.Ordinal)), output() + error());
            var before = output().Length;
            File.WriteAllText(file, good.Replace("Không thích (like) những", "Không bấm thích (like) những", StringComparison.Ordinal));
            Assert.True(WaitFor(() => output()[before..].Contains("built output/infographic-9-khong.png", StringComparison.Ordinal)), output());
            Assert.Contains("changed: data/9-khong.yaml", output(), StringComparison.Ordinal);
            Assert.DoesNotContain("built output/infographic-4-tich-cuc.png", output()[before..], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Watch_goes_on_after_an_output_cannot_be_written()
    {
        using var project = new SampleProject();
        await Watching(project, ["--only", "infographic-9-khong"], (output, error, watching) =>
        {
            var png = project.Output("infographic-9-khong.png");
            var data = Path.Combine(project.Root, "data", "9-khong.yaml");

            // The output's place is taken by a folder: renaming the finished file onto it fails.
            File.Delete(png);
            Directory.CreateDirectory(Path.Combine(png, "chặn"));
            SampleProject.Edit(data, "Không thích (like) những", "Không bấm thích (like) những");
            Assert.True(WaitFor(() => error().Contains("output/infographic-9-khong.png: error MG0900:", StringComparison.Ordinal)), output() + error());
            Assert.True(WaitFor(() => output().Contains("0 built, 0 up to date, 1 failed", StringComparison.Ordinal)), output());

            var before = output().Length;
            Directory.Delete(png, recursive: true);
            SampleProject.Edit(data, "Không bấm thích (like) những", "Không thích (like) những");
            Assert.True(WaitFor(() => output()[before..].Contains("built output/infographic-9-khong.png", StringComparison.Ordinal)), output());
            Assert.False(watching.IsCompleted);
        });
    }
}
