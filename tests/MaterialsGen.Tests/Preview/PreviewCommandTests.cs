using System.Text.RegularExpressions;
using MaterialsGen.Cli.Preview;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Preview;

public sealed partial class PreviewCommandTests
{
    [Fact]
    public async Task Preview_prints_its_url_serves_it_and_stops_on_request()
    {
        using var project = new SampleProject();
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        var synced = TextWriter.Synchronized(output);
        string Printed()
        {
            // The synchronised writer locks itself while it writes.
            lock (synced)
            {
                return output.ToString();
            }
        }

        var serving = Task.Run(() => PreviewCommand.Serve(["--project", project.Root, "--port", "0"], synced, TextWriter.Null, stop.Token));
        try
        {
            Assert.True(await PreviewServerFixture.EventuallyAsync(() => Url().IsMatch(Printed())), Printed());
            var url = Url().Match(Printed()).Value;
            using var http = new HttpClient();
            Assert.Contains("data-page=\"index\"", await http.GetStringAsync(url), StringComparison.Ordinal);

            // A second preview on the same port says so and exits, instead of a stack trace.
            using var error = new StringWriter();
            var port = new Uri(url).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(1, PreviewCommand.Serve(["--project", project.Root, "--port", port], TextWriter.Null, error, CancellationToken.None));
            Assert.Contains($"error MG0661: port {port} on 127.0.0.1 is in use", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--bind", "0.0.0.0")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var (exit, _, error) = SampleProject.Run("preview", option, value);
        Assert.Equal(2, exit);
        Assert.Contains("materialsgen preview --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_a_located_error()
    {
        var (exit, _, error) = SampleProject.Run("preview", "--project", Path.GetTempPath(), "--port", "0");
        Assert.Equal(1, exit);
        Assert.Contains("materials.yaml: error MG0605: manifest not found", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Url();
}
